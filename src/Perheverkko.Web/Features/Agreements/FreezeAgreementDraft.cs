using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>Freezes a draft for the parties' decisions: the SHA-256 of its canonical text is fixed from here on.</summary>
public sealed class FreezeAgreementDraft(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <returns>The text hash.</returns>
    public async Task<string> HandleAsync(Actor? actor, string period, CancellationToken cancellationToken)
    {
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        await access.RequireAsync(actor, StaffAction.DraftAgreement, PartyRelationships.Of(version), cancellationToken);
        var hash = AgreementText.Sha256(AgreementText.Canonical(version.Sections));
        version.Freeze(hash, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgreementFrozen, "AgreementVersion", version.Id, $"sha256 {hash}");
        await db.SaveChangesAsync(cancellationToken);
        return hash;
    }
}
