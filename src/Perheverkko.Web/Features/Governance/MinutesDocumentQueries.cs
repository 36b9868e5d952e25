using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>The minutes PDF for whoever may read the meeting, once the minutes are approved (drafts are not published).</summary>
public sealed class MinutesDocumentQueries(PerheverkkoDb db, AccessControl access, AuditLog audit, Texts texts)
{
    public sealed record Document(string FileName, byte[] Content);

    public async Task<Document> GetPdfAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.AgendaItems).Include(m => m.Attendance).Include(m => m.Decisions)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken) ?? throw new NotFoundException(GovernanceRules.MeetingNotFound);
        var group = await db.Groups.AsNoTracking().Include(g => g.Memberships).SingleOrDefaultAsync(g => g.Id == meeting.GroupId, cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.MeetingNotFound);
        await access.RequireAsync(actor, StaffAction.ViewGroup, GroupRelationships.ObjectOf(group), cancellationToken);
        RuleCheck.That(meeting.Status == MeetingStatus.MinutesApproved, GovernanceRules.MinutesNotYetApproved);
        await audit.RecordNowAsync(actor, AuditEvent.MinutesDocumentRead, AuditOutcome.Succeeded, "Meeting", meetingId, cancellationToken: cancellationToken);
        var latest = await db.MinutesVersions.AsNoTracking().Where(v => v.MeetingId == meetingId).OrderByDescending(v => v.Version)
            .Select(v => new { v.Version, v.Reason }).FirstOrDefaultAsync(cancellationToken);
        var facts = await MinutesFacts.LoadAsync(db, group, meeting, cancellationToken);
        return new Document(MinutesPdf.FileName(group, meeting), MinutesPdf.Write(texts, group, meeting, facts, latest?.Version ?? 1, latest?.Reason));
    }
}
