using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>A service as a form or API client sends it; <see cref="Version"/> on changes, <see cref="OrganisationId"/> (the provider) on creation.</summary>
public sealed record ServiceRequest(
    int? Version, Guid? OrganisationId, LocalizedTextInput? Name, LocalizedTextInput? Description, ServiceLevel? Level, Guid? MunicipalityId,
    int? AgeMin, int? AgeMax, IReadOnlyList<Audience>? Audiences, IReadOnlyList<Topic>? Topics, IReadOnlyList<string>? Languages,
    IReadOnlyList<Guid>? MeetingPlaceIds, string? Phone, string? Email, string? WebUrl, string? EServiceUrl, Cost? Cost, string? FeeNote, string? PtvId)
{
    internal async Task<ServiceDetails> ToDetailsAsync(InputCheck check, DirectoryCommit commit, CancellationToken cancellationToken)
    {
        check.That(Name is not null, "name.fi", "validation.required").Defined("level", Level)
            .Optional("phone", Phone, 40).Optional("feeNote", FeeNote, 200).Optional("ptvId", PtvId, 64);
        Name?.Check(check, "name");
        DirectoryInput.CheckOptionalText(check, "description", Description, DirectoryEntry.DescriptionMaxLength);
        DirectoryInput.Number(check, "ageMin", AgeMin, 0, 120);
        DirectoryInput.Number(check, "ageMax", AgeMax, 0, 120);
        var audiences = DirectoryInput.Choices(check, "audiences", Audiences);
        var topics = DirectoryInput.Choices(check, "topics", Topics);
        var languages = DirectoryInput.Languages(check, "languages", Languages);
        var places = DirectoryInput.Ids(check, "meetingPlaceIds", MeetingPlaceIds);
        var email = DirectoryInput.OptionalEmail(check, "email", Email);
        var webUrl = DirectoryInput.Url(check, "webUrl", WebUrl);
        var eServiceUrl = DirectoryInput.Url(check, "eServiceUrl", EServiceUrl);
        if (Cost is { } cost) check.Defined("cost", (Cost?)cost);
        await commit.CheckReferencesAsync(check, MunicipalityId, false, null, [], places, cancellationToken);
        check.ThrowIfInvalid();
        return new ServiceDetails(Name!.ToText(), DirectoryInput.OptionalText(Description), Level!.Value, MunicipalityId, AgeMin, AgeMax,
            audiences, topics, languages, places, Phone.TrimmedOrNull(), email, webUrl, eServiceUrl, Cost ?? Directory.Cost.Free,
            FeeNote.TrimmedOrNull(), PtvId.TrimmedOrNull());
    }
}

/// <summary>Staff of an organisation (or a coordinator for any) add a service as a draft.</summary>
public sealed class CreateService(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Actor? actor, ServiceRequest request, CancellationToken cancellationToken)
    {
        var organisationId = request.OrganisationId ?? actor?.OrganisationId;
        await access.RequireAsync(actor, StaffAction.EditDirectory, organisationId, "Service", null, cancellationToken);
        var check = new InputCheck().That(organisationId is not null, "organisationId", "validation.required");
        if (organisationId is { } o && !await db.Organisations.AnyAsync(x => x.Id == o, cancellationToken)) check.That(false, "organisationId", "validation.unknown");
        var details = await request.ToDetailsAsync(check, commit, cancellationToken);
        var service = Service.Create(Guid.CreateVersion7(), organisationId!.Value, details, clock.GetUtcNow().UtcDateTime);
        db.Services.Add(service);
        audit.Record(actor, AuditEvent.ServiceCreated, "Service", service.Id);
        await commit.SaveAsync(service, cancellationToken);
        return service.Id;
    }
}

public sealed class UpdateService(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit, TimeProvider clock)
{
    public async Task<int> HandleAsync(Actor? actor, Guid id, ServiceRequest request, CancellationToken cancellationToken)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            await access.RequireAsync(actor, StaffAction.EditDirectory, actor?.OrganisationId, "Service", id, cancellationToken);
            throw new NotFoundException(DirectoryRules.ServiceNotFound);
        }
        await DirectoryAccess.RequireEditAsync(access, db, actor, service, cancellationToken);
        var check = new InputCheck().That(request.Version is not null, "version", "validation.required");
        var details = await request.ToDetailsAsync(check, commit, cancellationToken);
        service.Update(request.Version!.Value, details, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.ServiceUpdated, "Service", id);
        await commit.SaveAsync(service, cancellationToken);
        return service.Version;
    }
}
