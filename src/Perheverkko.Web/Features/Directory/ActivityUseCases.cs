using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>An activity as a form or API client sends it; <see cref="Version"/> on changes, <see cref="OrganisationId"/> (the responsible party) on creation.</summary>
public sealed record ActivityRequest(
    int? Version, Guid? OrganisationId, LocalizedTextInput? Name, LocalizedTextInput? Description, ActivityKind? Kind,
    Guid? MunicipalityId, Guid? MeetingPlaceId, string? RoomNote, IReadOnlyList<Guid>? CoOrganiserIds,
    int? AgeMin, int? AgeMax, IReadOnlyList<Audience>? Audiences, IReadOnlyList<Topic>? Topics, IReadOnlyList<string>? Languages,
    ScheduleInput? Schedule, bool? RegistrationRequired, string? RegistrationUrl, string? RegistrationContact, int? Capacity,
    Cost? Cost, string? FeeNote, string? Leaders, string? Insurance)
{
    internal async Task<ActivityDetails> ToDetailsAsync(InputCheck check, DirectoryCommit commit, CancellationToken cancellationToken)
    {
        check.That(Name is not null, "name.fi", "validation.required").Defined("kind", Kind)
            .Optional("roomNote", RoomNote, 200).Optional("registrationContact", RegistrationContact, 200)
            .Optional("feeNote", FeeNote, 200).Optional("leaders", Leaders, 500).Optional("insurance", Insurance, 500);
        Name?.Check(check, "name");
        DirectoryInput.CheckOptionalText(check, "description", Description, DirectoryEntry.DescriptionMaxLength);
        var coOrganisers = DirectoryInput.Ids(check, "coOrganiserIds", CoOrganiserIds);
        DirectoryInput.Number(check, "ageMin", AgeMin, 0, 120);
        DirectoryInput.Number(check, "ageMax", AgeMax, 0, 120);
        DirectoryInput.Number(check, "capacity", Capacity, 1, 100_000);
        var audiences = DirectoryInput.Choices(check, "audiences", Audiences);
        var topics = DirectoryInput.Choices(check, "topics", Topics);
        var languages = DirectoryInput.Languages(check, "languages", Languages);
        var schedule = DirectoryInput.Schedule(check, "schedule", Schedule);
        var registrationUrl = DirectoryInput.Url(check, "registrationUrl", RegistrationUrl);
        if (Cost is { } cost) check.Defined("cost", (Cost?)cost);
        await commit.CheckReferencesAsync(check, MunicipalityId, true, MeetingPlaceId, coOrganisers, [], cancellationToken);
        check.ThrowIfInvalid();
        return new ActivityDetails(Name!.ToText(), DirectoryInput.OptionalText(Description), Kind!.Value, MunicipalityId!.Value, MeetingPlaceId,
            RoomNote.TrimmedOrNull(), coOrganisers, AgeMin, AgeMax, audiences, topics, languages, schedule!, RegistrationRequired ?? false,
            registrationUrl, RegistrationContact.TrimmedOrNull(), Capacity, Cost ?? Directory.Cost.Free, FeeNote.TrimmedOrNull(),
            Leaders.TrimmedOrNull(), Insurance.TrimmedOrNull());
    }
}

/// <summary>Staff of an organisation (or a coordinator for any) add an activity as a draft.</summary>
public sealed class CreateActivity(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Actor? actor, ActivityRequest request, CancellationToken cancellationToken)
    {
        var organisationId = request.OrganisationId ?? actor?.OrganisationId;
        await access.RequireAsync(actor, StaffAction.EditDirectory, organisationId, "Activity", null, cancellationToken);
        var check = new InputCheck().That(organisationId is not null, "organisationId", "validation.required");
        if (organisationId is { } o && !await db.Organisations.AnyAsync(x => x.Id == o, cancellationToken)) check.That(false, "organisationId", "validation.unknown");
        var details = await request.ToDetailsAsync(check, commit, cancellationToken);
        var activity = Activity.Create(Guid.CreateVersion7(), organisationId!.Value, details, clock.GetUtcNow().UtcDateTime);
        db.Activities.Add(activity);
        audit.Record(actor, AuditEvent.ActivityCreated, "Activity", activity.Id);
        await commit.SaveAsync(activity, cancellationToken);
        return activity.Id;
    }
}

/// <summary>Changes an activity; a form or call that started from an older version is refused as stale.</summary>
public sealed class UpdateActivity(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit, TimeProvider clock)
{
    public async Task<int> HandleAsync(Actor? actor, Guid id, ActivityRequest request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            await access.RequireAsync(actor, StaffAction.EditDirectory, actor?.OrganisationId, "Activity", id, cancellationToken);
            throw new NotFoundException(DirectoryRules.ActivityNotFound);
        }
        await DirectoryAccess.RequireEditAsync(access, db, actor, activity, cancellationToken);
        var check = new InputCheck().That(request.Version is not null, "version", "validation.required");
        var details = await request.ToDetailsAsync(check, commit, cancellationToken);
        activity.Update(request.Version!.Value, details, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.ActivityUpdated, "Activity", id);
        await commit.SaveAsync(activity, cancellationToken);
        return activity.Version;
    }
}
