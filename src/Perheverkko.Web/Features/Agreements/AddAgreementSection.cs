using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

public sealed class AddAgreementSection(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task<int> HandleAsync(Actor? actor, string period, AgreementSectionInput request, CancellationToken cancellationToken)
    {
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        await access.RequireAsync(actor, StaffAction.DraftAgreement, PartyRelationships.Of(version), cancellationToken);
        var check = new InputCheck();
        request.Check(check);
        check.ThrowIfInvalid();
        var section = version.AddSection(request.Number!.Value, request.Title!.Trim(), AgreementSectionInput.Clean(request.Body!),
            request.TitleSv.TrimmedOrNull(), AgreementSectionInput.CleanOrNull(request.BodySv), clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgreementSectionAdded, "AgreementVersion", version.Id, $"§ {section.Number}");
        await db.SaveChangesAsync(cancellationToken);
        return section.Number;
    }
}
