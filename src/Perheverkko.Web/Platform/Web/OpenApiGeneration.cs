using System.Reflection;

namespace Perheverkko.Web.Platform.Web;

/// <summary>The build writes openapi/v1.json by starting this app inside the GetDocument tool (Microsoft.Extensions.ApiDescription.Server).</summary>
public static class OpenApiGeneration
{
    public static bool IsRunning => Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
