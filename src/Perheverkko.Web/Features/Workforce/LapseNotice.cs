using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// That an organisation's representatives were told a person's requirement lapses on a day (issue #16 item 5): the
/// reminder job sends each (person, requirement, day) once, however often it runs and on however many instances.
/// </summary>
public sealed class LapseNotice : IRegionOwned
{
    private LapseNotice() { }

    public LapseNotice(Guid id, Guid regionId, Guid organisationId, Guid workerId, Requirement requirement, DateOnly lapsesOn, DateTime sentAt)
    {
        Id = id; RegionId = regionId; OrganisationId = organisationId; WorkerId = workerId; Requirement = requirement; LapsesOn = lapsesOn; SentAt = sentAt;
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid WorkerId { get; private set; }
    public Requirement Requirement { get; private set; }
    public DateOnly LapsesOn { get; private set; }
    public DateTime SentAt { get; private set; }
}
