using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>A coordinator adds an organisation to the network (a new party, a new provider).</summary>
public sealed partial class CreateOrganisation(PerheverkkoDb db, AccessControl access, AuditLog audit, RegionQueries regions, TimeProvider clock)
{
    /// <param name="Region">The region's short name; only a national administrator of a deployment of several regions names it.</param>
    public sealed record Request(string? Slug, OrganisationKind? Kind, LocalizedTextInput? Name, string? BusinessId, Guid? MunicipalityId, string? Region = null);

    public async Task<Guid> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        // The new organisation's region: the caller's own, or for a national administrator the one named (or the only one).
        var regionId = actor is null ? Guid.Empty : await regions.RegionForNewRecordAsync(actor, request.Region, cancellationToken);
        actor = await access.RequireAsync(actor, StaffAction.CreateOrganisation, new AccessObject(nameof(Organisation), null, regionId), cancellationToken);
        var check = new InputCheck()
            .Required("slug", request.Slug, 80)
            .That(request.Slug is null || SlugShape().IsMatch(request.Slug), "slug", "validation.slug")
            .Defined("kind", request.Kind)
            .That(request.Name is not null, "name.fi", "validation.required")
            .Optional("businessId", request.BusinessId, 9);
        request.Name?.Check(check, "name");
        check.ThrowIfInvalid();

        var slug = request.Slug!.Trim();
        RuleCheck.That(!await db.Organisations.AnyAsync(o => o.RegionId == regionId && o.Slug == slug, cancellationToken), OrganisationRules.SlugTaken);
        if (request.MunicipalityId is { } municipalityId)
            RuleCheck.That(await db.Municipalities.AnyAsync(m => m.Id == municipalityId && m.RegionId == regionId, cancellationToken), OrganisationRules.MunicipalityNotFound);

        var organisation = Organisation.Create(Guid.CreateVersion7(), regionId, slug, request.Kind!.Value, request.Name!.ToText(),
            request.BusinessId.TrimmedOrNull(), request.MunicipalityId, clock.GetUtcNow().UtcDateTime);
        db.Organisations.Add(organisation);
        audit.Record(actor, AuditEvent.OrganisationCreated, "Organisation", organisation.Id, organisation.Slug, regionId);
        await db.SaveChangesAsync(cancellationToken);
        return organisation.Id;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
