using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Who approving the minutes would e-mail today: what the chair's confirm step names before they approve.</summary>
public sealed class MinutesRecipientQueries(PerheverkkoDb db, AccessControl access, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> NamesAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, _) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: true, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewGroup, GroupRelationships.ObjectOf(group), cancellationToken);
        return MinutesMail.Recipients(group, HelsinkiTime.Today(clock)).Select(p => p.Name).ToList();
    }
}
