using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

public sealed class ChangeAgreementSection(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, string period, int number, AgreementSectionInput request, CancellationToken cancellationToken)
    {
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        await access.RequireAsync(actor, StaffAction.DraftAgreement, PartyRelationships.Of(version), cancellationToken);
        var check = new InputCheck();
        request.Check(check);
        check.ThrowIfInvalid();
        version.ChangeSection(number, request.Number!.Value, request.Title!.Trim(), AgreementSectionInput.Clean(request.Body!),
            request.TitleSv.TrimmedOrNull(), AgreementSectionInput.CleanOrNull(request.BodySv), clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgreementSectionChanged, "AgreementVersion", version.Id,
            number == request.Number ? $"§ {number}" : $"§ {number} → § {request.Number}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
