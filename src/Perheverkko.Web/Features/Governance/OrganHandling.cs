namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// How one party's own organ handled an item the group sent to the parties' decision-making (issue 5 §8, 001 §7 ii):
/// the day and the reference (for example "Perusturvalautakunta 12.3.2027 § 45"). No row means the handling is pending.
/// </summary>
public sealed class OrganHandling
{
    private OrganHandling() { }

    public OrganHandling(Guid id, Guid agendaItemId, Guid organisationId, DateOnly handledOn, string reference, string recordedBy, DateTime now)
    {
        Id = id; AgendaItemId = agendaItemId; OrganisationId = organisationId;
        Record(handledOn, reference, recordedBy, now);
    }

    public Guid Id { get; private set; }
    public Guid AgendaItemId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public DateOnly HandledOn { get; private set; }
    public string Reference { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    public void Record(DateOnly handledOn, string reference, string recordedBy, DateTime now) =>
        (HandledOn, Reference, RecordedBy, RecordedAt) = (handledOn, reference, recordedBy, now);
}
