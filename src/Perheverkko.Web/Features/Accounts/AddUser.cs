using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>An administrator (or the command line) creates a staff account with a one-time password to change at first sign-in.</summary>
public sealed class AddUser(PerheverkkoDb db, UserManager<StaffUser> users, AccessControl access, AuditLog audit, RegionQueries regions, TimeProvider clock)
{
    /// <param name="Organisation">The organisation's id or short name (slug).</param>
    /// <param name="Region">
    /// The region's short name. An account with an organisation works in the organisation's region; a coordinator in
    /// the named region (or the administrator's own, or the only one); an administrator without one named is national
    /// when a national administrator creates them, else of the creator's region.
    /// </param>
    public sealed record Request(string? Email, string? Name, StaffRole? Role, string? Organisation, string? Region = null);

    public sealed record Created(Guid Id, string Email, string InitialPassword);

    public async Task<Created> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        // First whether the person manages accounts at all; below, whether they do in the new account's region.
        actor = await access.RequireAsync(actor, StaffAction.ManageUsers, on: null, cancellationToken);
        new InputCheck()
            .Email("email", request.Email)
            .Required("name", request.Name, 200)
            .Defined("role", request.Role)
            .Optional("organisation", request.Organisation, 80)
            .Optional("region", request.Region, 80)
            .ThrowIfInvalid();

        var email = request.Email!.Trim().ToLowerInvariant();
        RuleCheck.That(await users.FindByEmailAsync(email) is null, AccountRules.EmailTaken);
        var regionSlug = request.Region.TrimmedOrNull();
        Guid? organisationId = null, regionId = null;
        if (!string.IsNullOrWhiteSpace(request.Organisation))
        {
            // Short names are unique within a region: a national administrator names the region when two share one.
            var key = request.Organisation.Trim();
            var byId = Guid.TryParse(key, out var id) ? id : Guid.Empty;
            var matches = await db.Organisations.Where(o => (o.Slug == key || o.Id == byId) && (regionSlug == null || db.Regions.Any(r => r.Id == o.RegionId && r.Slug == regionSlug)))
                .Select(o => new { o.Id, o.RegionId }).Take(2).ToListAsync(cancellationToken);
            if (matches.Count == 0) throw new NotFoundException(AccountRules.OrganisationNotFound);
            RuleCheck.That(matches.Count == 1, OrganisationRules.RegionRequired);
            (organisationId, regionId) = (matches[0].Id, matches[0].RegionId);
        }
        RuleCheck.That(organisationId is not null || request.Role is StaffRole.Admin or StaffRole.Coordinator, AccountRules.OrganisationRequired);
        if (organisationId is null && (request.Role == StaffRole.Coordinator || regionSlug is not null || !actor.IsNational))
            regionId = await regions.RegionForNewRecordAsync(actor, regionSlug, cancellationToken);
        // A regional administrator manages their own region's accounts; a national one every region's (and national ones).
        if (regionId is { } target) await access.RequireAsync(actor, StaffAction.ManageUsers, new AccessObject("User", null, target), cancellationToken);

        var user = new StaffUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = request.Name!.Trim(),
            Role = request.Role!.Value, OrganisationId = organisationId, RegionId = regionId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
            throw InputInvalid.For("email", "validation.account", string.Join(" ", result.Errors.Select(e => e.Description)));
        audit.Record(actor, AuditEvent.UserCreated, "User", user.Id, $"{user.Role}", regionId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Created(user.Id, email, password);
    }
}
