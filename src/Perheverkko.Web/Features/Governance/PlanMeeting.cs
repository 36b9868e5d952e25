using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Plans one meeting of a group, at a time still to come.</summary>
public sealed class PlanMeeting(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Actor? actor, Guid groupId, MeetingTimeInput request, CancellationToken cancellationToken)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken) ?? throw new NotFoundException(GovernanceRules.GroupNotFound);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        var check = new InputCheck();
        request.Check(check);
        check.ThrowIfInvalid();

        var now = clock.GetUtcNow().UtcDateTime;
        RuleCheck.That(request.StartUtc > now, GovernanceRules.MeetingInPast);
        var meeting = Meeting.Plan(Guid.CreateVersion7(), groupId, request.StartUtc, request.EndUtc, request.Mode!.Value,
            request.PlaceOrNull, request.VideoLinkOrNull, now);
        db.Meetings.Add(meeting);
        audit.Record(actor, AuditEvent.MeetingPlanned, "Meeting", meeting.Id, $"group {groupId}");
        await db.SaveChangesAsync(cancellationToken);
        return meeting.Id;
    }
}
