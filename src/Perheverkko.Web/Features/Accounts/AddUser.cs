using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>An administrator (or the command line) creates a staff account with a one-time password to change at first sign-in.</summary>
public sealed class AddUser(PerheverkkoDb db, UserManager<StaffUser> users, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <param name="Organisation">The organisation's id or short name (slug).</param>
    public sealed record Request(string? Email, string? Name, StaffRole? Role, string? Organisation);

    public sealed record Created(Guid Id, string Email, string InitialPassword);

    public async Task<Created> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ManageUsers, objectType: "User", cancellationToken: cancellationToken);
        new InputCheck()
            .Email("email", request.Email)
            .Required("name", request.Name, 200)
            .Defined("role", request.Role)
            .Optional("organisation", request.Organisation, 80)
            .ThrowIfInvalid();

        var email = request.Email!.Trim().ToLowerInvariant();
        RuleCheck.That(await users.FindByEmailAsync(email) is null, AccountRules.EmailTaken);
        Guid? organisationId = null;
        if (!string.IsNullOrWhiteSpace(request.Organisation))
        {
            var key = request.Organisation.Trim();
            var byId = Guid.TryParse(key, out var id) ? id : Guid.Empty;
            organisationId = await db.Organisations.Where(o => o.Slug == key || o.Id == byId).Select(o => (Guid?)o.Id)
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(AccountRules.OrganisationNotFound);
        }
        RuleCheck.That(organisationId is not null || request.Role is StaffRole.Admin or StaffRole.Coordinator, AccountRules.OrganisationRequired);

        var user = new StaffUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = request.Name!.Trim(),
            Role = request.Role!.Value, OrganisationId = organisationId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
            throw InputInvalid.For("email", "validation.account", string.Join(" ", result.Errors.Select(e => e.Description)));
        audit.Record(actor, AuditEvent.UserCreated, "User", user.Id, $"{user.Role}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Created(user.Id, email, password);
    }
}
