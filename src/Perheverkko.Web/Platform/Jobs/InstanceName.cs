namespace Perheverkko.Web.Platform.Jobs;

/// <summary>A name for this process among the app instances sharing one database (shown in leases and claims).</summary>
public static class InstanceName
{
    public static string New()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return name.Length <= 100 ? name : name[^100..];
    }
}
