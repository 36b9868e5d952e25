using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>A notice withdrawn before it takes effect: the party stays; the withdrawal is recorded.</summary>
public sealed class WithdrawNotice(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid versionId, Guid organisationId, CancellationToken cancellationToken)
    {
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        var party = SigningData.PartyOf(version, organisationId);
        await access.RequireAsync(actor, StaffAction.GiveNotice, PartyRelationships.Of(party, version.RegionId), cancellationToken);
        var endsOn = party.EndsOn;
        party.WithdrawNotice(HelsinkiTime.Today(clock), clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.NoticeWithdrawn, "Party", party.Id, $"would have ended {endsOn:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
