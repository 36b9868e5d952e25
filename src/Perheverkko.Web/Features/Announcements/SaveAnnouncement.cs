using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>Writes a new announcement for families (without an id) or changes one (with its id and version).</summary>
public sealed class SaveAnnouncement(PerheverkkoDb db, AccessControl access, AuditLog audit, AnnouncementLinkQueries links, TimeProvider clock)
{
    /// <param name="OrganisationId">Whose announcement a new one is; none: the writer's own. Ignored on a change.</param>
    /// <param name="MunicipalityId">None: the whole region.</param>
    /// <param name="PublishFromDate">Helsinki local date and time (00:00 without a time) from which it is public.</param>
    /// <param name="PublishUntilDate">Helsinki local date and time (23:59 without a time) after which it is not; none: until withdrawn.</param>
    /// <param name="Version">The version read, on a change.</param>
    public sealed record Request(Guid? OrganisationId, Guid? MunicipalityId, LocalizedTextInput? Title, LocalizedTextInput? Body,
        DirectoryLinkKind? LinkKind, Guid? LinkId, DateOnly? PublishFromDate, TimeOnly? PublishFromTime, DateOnly? PublishUntilDate,
        TimeOnly? PublishUntilTime, int? Version = null);

    /// <returns>The announcement's id.</returns>
    public async Task<Guid> HandleAsync(Actor? actor, Guid? announcementId, Request request, CancellationToken cancellationToken)
    {
        Announcement? announcement = null;
        Actor allowed;
        Guid regionId;
        Guid? organisationId;
        if (announcementId is { } id)
        {
            announcement = await db.Announcements.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (announcement is null || (actor is { IsNational: false } && announcement.RegionId != actor.RegionId)) throw new NotFoundException(AnnouncementsRules.NotFound);
            allowed = await access.RequireAsync(actor, StaffAction.WriteAnnouncements, AnnouncementAccess.Of(announcement), cancellationToken);
            (regionId, organisationId) = (announcement.RegionId, announcement.OrganisationId);
        }
        else
        {
            organisationId = request.OrganisationId ?? actor?.OrganisationId;
            // The region filter hides another region's organisation: it reads as none, and the rule below refuses it.
            var organisationRegion = organisationId is { } o
                ? await db.Organisations.Where(x => x.Id == o).Select(x => (Guid?)x.RegionId).SingleOrDefaultAsync(cancellationToken)
                : null;
            allowed = await access.RequireAsync(actor, StaffAction.WriteAnnouncements, AnnouncementAccess.New(actor, organisationId, organisationRegion), cancellationToken);
            RuleCheck.That(organisationRegion is not null && (actor is not { IsNational: false } || organisationRegion == actor.RegionId), AnnouncementsRules.OrganisationInvalid);
            regionId = organisationRegion!.Value;
        }

        var check = new InputCheck();
        (request.Title ?? new LocalizedTextInput(null, null, null)).Check(check, "title", Announcement.TitleMaxLength);
        (request.Body ?? new LocalizedTextInput(null, null, null)).Check(check, "body", Announcement.BodyMaxLength);
        check.That(request.PublishFromDate is not null, "publishFromDate", "validation.required")
            .That(request.PublishUntilTime is null || request.PublishUntilDate is not null, "publishUntilDate", "validation.required")
            .That(announcement is null || request.Version is not null, "version", "validation.required")
            .That(request.LinkKind is null || Enum.IsDefined(request.LinkKind.Value), "link", "validation.choice")
            .ThrowIfInvalid();

        if (request.MunicipalityId is { } municipality)
            RuleCheck.That(await db.Municipalities.AnyAsync(m => m.Id == municipality && m.RegionId == regionId, cancellationToken), AnnouncementsRules.MunicipalityNotInRegion);
        if (request.LinkKind is not null || request.LinkId is not null)
            RuleCheck.That(request.LinkKind is { } kind && request.LinkId is { } linkId && await links.IsPublishedAsync(regionId, kind, linkId, cancellationToken),
                AnnouncementsRules.LinkNotFound);

        var content = new AnnouncementContent(request.Title!.ToText(), request.Body!.ToText(), request.MunicipalityId, request.LinkKind, request.LinkId,
            HelsinkiTime.ToUtc(request.PublishFromDate!.Value, request.PublishFromTime ?? TimeOnly.MinValue),
            request.PublishUntilDate is { } untilDate ? HelsinkiTime.ToUtc(untilDate, request.PublishUntilTime ?? new TimeOnly(23, 59)) : null);
        var now = clock.GetUtcNow().UtcDateTime;
        if (announcement is null)
        {
            announcement = new Announcement(Guid.CreateVersion7(), regionId, organisationId!.Value, content, now);
            db.Announcements.Add(announcement);
        }
        else announcement.Change(request.Version!.Value, content, now);
        audit.Record(allowed, AuditEvent.AnnouncementSaved, nameof(Announcement), announcement.Id,
            $"{(announcementId is null ? "written" : "changed")}, public from {announcement.PublishFrom:yyyy-MM-dd HH:mm}Z", announcement.RegionId);
        await db.SaveChangesAsync(cancellationToken);
        return announcement.Id;
    }
}
