using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// Sets an organisation's PTV organisation id and the credentials of its PTV API user. The password is write-only: a
/// blank one keeps the password there is, and it is stored only protected; "remove credentials" clears user and password.
/// </summary>
public sealed class SavePtvConnection(PerheverkkoDb db, AccessControl access, AuditLog audit, IDataProtectionProvider protection, TimeProvider clock)
{
    /// <param name="PtvOrganisationId">PTV's id of the organisation (a GUID), as typed; required, as nothing works without it.</param>
    /// <param name="ApiPassword">Never shown back; blank keeps the one there is.</param>
    /// <param name="RemoveCredentials">Clears the API user and its password (the organisation id stays).</param>
    public sealed record Request(string? PtvOrganisationId, string? ApiUsername, string? ApiPassword, bool RemoveCredentials = false);

    public async Task HandleAsync(Actor? actor, Guid organisationId, Request request, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new NotFoundException(OrganisationRules.NotFound);
        await access.RequireAsync(actor, StaffAction.SyncWithPtv, PtvAccess.Of(organisation.Id, organisation.RegionId), cancellationToken);
        var connection = await db.PtvConnections.SingleOrDefaultAsync(c => c.OrganisationId == organisationId, cancellationToken);

        var ptvId = request.PtvOrganisationId?.Trim();
        var username = request.RemoveCredentials ? null : request.ApiUsername?.Trim();
        var password = request.RemoveCredentials ? null : request.ApiPassword;
        var hasPassword = connection?.ProtectedApiPassword is not null;
        Guid parsed = Guid.Empty;
        var check = new InputCheck()
            .Required("ptvOrganisationId", ptvId, 100)
            .Optional("apiUsername", username, 200)
            .Optional("apiPassword", password, 200);
        check.That(string.IsNullOrEmpty(ptvId) || Guid.TryParse(ptvId, out parsed), "ptvOrganisationId", "ptv.invalid_organisation_id");
        // A password belongs to a user; a new user needs its password (the one kept was for another user perhaps).
        check.That(!string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password), "apiUsername", "validation.required");
        check.That(string.IsNullOrWhiteSpace(username) || !string.IsNullOrEmpty(password)
            || (hasPassword && username == connection!.ApiUsername), "apiPassword", "validation.required");
        check.ThrowIfInvalid();

        var now = clock.GetUtcNow().UtcDateTime;
        if (connection is null)
        {
            connection = PtvConnection.Create(organisation.Id, organisation.RegionId, now);
            db.PtvConnections.Add(connection);
        }
        var passwordChange = request.RemoveCredentials || string.IsNullOrWhiteSpace(username) ? "removed"
            : string.IsNullOrEmpty(password) ? "kept" : "changed";
        connection.SetPtvOrganisation(parsed, now);
        connection.SetCredentials(string.IsNullOrWhiteSpace(username) ? null : username,
            string.IsNullOrEmpty(password) ? null : PtvSecrets.Protect(protection, password), now);
        // Never the password: only whether it changed.
        audit.Record(actor, AuditEvent.PtvConnectionChanged, "Organisation", organisation.Id,
            $"ptvOrganisationId={connection.PtvOrganisationId?.ToString() ?? "-"}; apiUsername={connection.ApiUsername ?? "-"}; password={passwordChange}",
            organisation.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
