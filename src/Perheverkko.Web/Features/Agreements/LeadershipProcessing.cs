namespace Perheverkko.Web.Features.Agreements;

/// <summary>
/// The leadership group's processing of a version (001 §7 ii, §8: documents of the service whole are processed there
/// before the parties' own decision-making): a link to the governance meeting where there is one, otherwise a date
/// and a note.
/// </summary>
public sealed class LeadershipProcessing
{
    public const int MaxNote = 2000;

    private LeadershipProcessing() { }
    public LeadershipProcessing(Guid id, Guid agreementVersionId, Guid? meetingId, DateOnly date, string note, string recordedBy, DateTime recordedAt)
    { Id = id; AgreementVersionId = agreementVersionId; MeetingId = meetingId; Date = date; Note = note; RecordedBy = recordedBy; RecordedAt = recordedAt; }

    public Guid Id { get; private set; }
    public Guid AgreementVersionId { get; private set; }
    public Guid? MeetingId { get; private set; }
    /// <summary>The day it was processed (the meeting's day in Helsinki when a meeting is linked).</summary>
    public DateOnly Date { get; private set; }
    public string Note { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
}
