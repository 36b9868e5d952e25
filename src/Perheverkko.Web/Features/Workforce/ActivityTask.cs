using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Workforce;

public enum TaskRole
{
    /// <summary>Leads the activity: the leaders agreed under 001 §15.</summary>
    Leads,
    /// <summary>Helps in it.</summary>
    Helps,
}

/// <summary>
/// A person's task in a directory activity. Whether the task involves children without their guardian present (law
/// 504/2002 §2: work with minors in personal contact, the guardian not there — a children's group while the parents meet
/// elsewhere) sits here, on the task, not on the person: much family-centre work happens with parents in the room.
/// </summary>
public sealed class ActivityTask : IRegionOwned
{
    private ActivityTask() { }

    public ActivityTask(Guid id, Guid regionId, Guid activityId, Guid workerId, Guid organisationId, TaskRole role, bool childrenWithoutGuardian, DateTime now)
    {
        Id = id; RegionId = regionId; ActivityId = activityId; WorkerId = workerId; OrganisationId = organisationId; CreatedAt = now;
        Change(role, childrenWithoutGuardian, now);
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid ActivityId { get; private set; }
    public Guid WorkerId { get; private set; }
    /// <summary>The person's organisation (copied, so one organisation's view of an activity lists only its own people).</summary>
    public Guid OrganisationId { get; private set; }
    public TaskRole Role { get; private set; }
    public bool ChildrenWithoutGuardian { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public void Change(TaskRole role, bool childrenWithoutGuardian, DateTime now)
    {
        Role = role; ChildrenWithoutGuardian = childrenWithoutGuardian; UpdatedAt = now;
    }
}
