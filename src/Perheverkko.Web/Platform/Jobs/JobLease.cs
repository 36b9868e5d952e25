namespace Perheverkko.Web.Platform.Jobs;

/// <summary>
/// One row per scheduled job: when it runs next and which app instance holds it now. A job runs in one
/// instance at a time because taking the lease is a single conditional update.
/// </summary>
public sealed class JobLease
{
    private JobLease() { }
    public JobLease(string name, DateTime nextRunAt) { Name = name; NextRunAt = nextRunAt; }

    public string Name { get; private set; } = "";
    public DateTime NextRunAt { get; private set; }
    public DateTime? LastRunAt { get; private set; }
    public string? LastError { get; private set; }
    public string? LockedBy { get; private set; }
    public DateTime? LockedUntil { get; private set; }
}
