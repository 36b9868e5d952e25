using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>A party's representative or the coordinator comments on a section of a draft.</summary>
public sealed class CommentOnSection(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Body);

    public async Task<Guid> HandleAsync(Actor? actor, string period, int number, Request request, CancellationToken cancellationToken)
    {
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        // A representative speaks only for their own organisation, and only when it is a party of this version (the engine's PartyStaff).
        await access.RequireAsync(actor, StaffAction.CommentOnAgreementDraft, PartyRelationships.Of(version), cancellationToken);
        new InputCheck().Required("body", request.Body, SectionComment.MaxBody).ThrowIfInvalid();
        var section = version.SectionNumbered(number);
        RuleCheck.That(version.Status == AgreementStatus.Draft, AgreementRules.CommentsOnlyOnDrafts);
        var comment = new SectionComment(Guid.CreateVersion7(), section.Id, actor!.UserId, actor.Name,
            actor.Role == StaffRole.Representative ? actor.OrganisationId : null, AgreementSectionInput.Clean(request.Body!), clock.GetUtcNow().UtcDateTime);
        db.SectionComments.Add(comment);
        audit.Record(actor, AuditEvent.AgreementCommentAdded, "AgreementVersion", version.Id, $"§ {number}");
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }
}
