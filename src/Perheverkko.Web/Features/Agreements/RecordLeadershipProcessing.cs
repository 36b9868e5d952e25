using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>Records that the leadership group processed the draft: at a governance meeting, or on a date with a note.</summary>
public sealed class RecordLeadershipProcessing(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(Guid? MeetingId, DateOnly? Date, string? Note);

    public async Task<Guid> HandleAsync(Actor? actor, string period, Request request, CancellationToken cancellationToken)
    {
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        await access.RequireAsync(actor, StaffAction.DraftAgreement, PartyRelationships.Of(version), cancellationToken);
        new InputCheck()
            .That(request.MeetingId is not null || request.Date is not null, "date", "validation.required")
            .That(request.MeetingId is not null || !string.IsNullOrWhiteSpace(request.Note), "note", "validation.required")
            .Optional("note", request.Note, LeadershipProcessing.MaxNote)
            .ThrowIfInvalid();
        var date = request.Date;
        if (request.MeetingId is { } meetingId)
        {
            // A meeting of the version's own region only: a national administrator's context sees every region's.
            var startsAt = await db.Meetings.Where(m => m.Id == meetingId && db.Groups.Any(g => g.Id == m.GroupId && g.RegionId == version.RegionId))
                .Select(m => (DateTime?)m.StartsAt).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(AgreementRules.MeetingNotFound);
            date ??= HelsinkiTime.DateOf(startsAt);
        }
        var record = new LeadershipProcessing(Guid.CreateVersion7(), version.Id, request.MeetingId, date!.Value, request.Note?.Trim() ?? "",
            actor!.Name, clock.GetUtcNow().UtcDateTime);
        db.LeadershipProcessings.Add(record);
        audit.Record(actor, AuditEvent.AgreementProcessingRecorded, "AgreementVersion", version.Id, $"{date:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }
}
