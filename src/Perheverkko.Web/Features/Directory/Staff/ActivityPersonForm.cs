using Perheverkko.Web.Features.Workforce;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>The form that names one of the viewer's organisation's people to the activity, or changes their task.</summary>
public sealed class ActivityPersonForm
{
    public Guid? WorkerId { get; set; }
    public TaskRole? Role { get; set; }
    public bool ChildrenWithoutGuardian { get; set; }
}
