using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Agreements;

public sealed class RemoveAgreementSection(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public async Task HandleAsync(Actor? actor, string period, int number, CancellationToken cancellationToken)
    {
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        await access.RequireAsync(actor, StaffAction.DraftAgreement, PartyRelationships.Of(version), cancellationToken);
        var sectionId = version.Sections.SingleOrDefault(s => s.Number == number)?.Id;
        var hasComments = sectionId is not null && await db.SectionComments.AnyAsync(c => c.SectionId == sectionId, cancellationToken);
        version.RemoveSection(number, hasComments);
        audit.Record(actor, AuditEvent.AgreementSectionRemoved, "AgreementVersion", version.Id, $"§ {number}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
