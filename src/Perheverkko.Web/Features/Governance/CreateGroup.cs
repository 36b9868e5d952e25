using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>The coordinator sets up a group: a new developer network, say (001 §10).</summary>
public sealed partial class CreateGroup(PerheverkkoDb db, AccessControl access, AuditLog audit, RegionQueries regions, TimeProvider clock)
{
    public sealed record Request(string? Slug, GroupKind? Kind, LocalizedTextInput? Name, string? Purpose, int? MeetingsPerYear, GroupVisibility? Visibility,
        string? Region = null);

    public async Task<Guid> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        // The new group's region: the coordinator's own; a national administrator names one (or the only one).
        var regionId = actor is null ? (Guid?)null : await regions.RegionForNewRecordAsync(actor, request.Region, cancellationToken);
        actor = await access.RequireAsync(actor, StaffAction.ManageGroups,
            regionId is { } id ? new AccessObject(GroupRelationships.ObjectType, null, id) : null, cancellationToken);
        var check = new InputCheck()
            .Required("slug", request.Slug, 80)
            .That(request.Slug is null || SlugShape().IsMatch(request.Slug), "slug", "validation.slug")
            .Defined("kind", request.Kind)
            .That(request.Name is not null, "name.fi", "validation.required")
            .Optional("purpose", request.Purpose, GovernanceLimits.Purpose)
            .That(request.MeetingsPerYear is >= 1 and <= Group.MaxMeetingsPerYear || (request.MeetingsPerYear is null && request.Kind == GroupKind.Leadership),
                "meetingsPerYear", "validation.range", 1, Group.MaxMeetingsPerYear)
            .Defined("visibility", request.Visibility);
        request.Name?.Check(check, "name");
        check.ThrowIfInvalid();

        var slug = request.Slug!.Trim();
        RuleCheck.That(!await db.Groups.AnyAsync(g => g.RegionId == regionId && g.Slug == slug, cancellationToken), GovernanceRules.SlugTaken);
        // The region's terms are a new group's defaults (a leadership group's rhythm too, when none is given); a later
        // change of the terms leaves the groups made before it as they are.
        var terms = (await db.Regions.AsNoTracking().SingleAsync(r => r.Id == regionId, cancellationToken)).Terms;
        var group = Group.Create(Guid.CreateVersion7(), regionId!.Value, slug, request.Kind!.Value, request.Name!.ToText(), request.Purpose?.Trim() ?? "",
            request.MeetingsPerYear ?? terms.LeadershipMeetingsPerYear, request.Visibility!.Value, clock.GetUtcNow().UtcDateTime);
        group.SetQuorum(terms.DefaultQuorum);
        group.SetMinutesApproval(terms.DefaultMinutesApproval);
        db.Groups.Add(group);
        audit.Record(actor, AuditEvent.GroupCreated, "Group", group.Id, slug);
        await db.SaveChangesAsync(cancellationToken);
        return group.Id;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
