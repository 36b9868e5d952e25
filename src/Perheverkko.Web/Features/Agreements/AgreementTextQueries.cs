using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Agreements;

public sealed record AgreementVersionSummary(Guid Id, string Period, int StartYear, int EndYear, string Title, AgreementStatus Status,
    string? TextHash, DateTime? FrozenAt, DateOnly? InForceFrom, int SectionCount, int PartyCount);

public sealed record AgreementSectionView(int Number, string Title, string Body, string? TitleSv, string? BodySv);

public sealed record BackgroundDocumentView(int Position, string Title, string? Url);

public sealed record AgreementPartyView(Guid OrganisationId, string Slug, string ListedName, int Position, LocalizedText OrganisationName, OrganisationKind Kind);

public sealed record ProcessingView(Guid Id, DateOnly Date, Guid? MeetingId, string Note, string RecordedBy, DateTime RecordedAt);

/// <summary>
/// <see cref="PermittedActions"/> is empty for the public. <see cref="TextIntact"/>: null for a draft, else whether the
/// sections as stored now still hash to the version's text hash (<see cref="FrozenTextCheck"/>).
/// </summary>
public sealed record AgreementVersionView(AgreementVersionSummary Version, IReadOnlyList<AgreementSectionView> Sections,
    IReadOnlyList<BackgroundDocumentView> BackgroundDocuments, IReadOnlyList<AgreementPartyView> Parties,
    IReadOnlyList<ProcessingView> Processing, IReadOnlyList<string> PermittedActions, bool? TextIntact);

/// <summary>The versions for staff, drafts included, and what the caller may do with them (start the next one).</summary>
public sealed record StaffAgreementVersionsView(IReadOnlyList<AgreementVersionSummary> Versions, IReadOnlyList<string> PermittedActions);

public sealed record SectionCommentView(Guid Id, int SectionNumber, string AuthorName, LocalizedText? Organisation, string Body, DateTime CreatedAt);

public sealed record AgreementComparison(AgreementVersionSummary From, AgreementVersionSummary To, IReadOnlyList<SectionDiff> Sections, PartyListDiff Parties);

public enum DutyKind
{
    /// <summary>001 §12: at least one open meeting place in every municipality.</summary>
    MeetingPlace,
    /// <summary>001 §7 iii, §8: each party names its member of the leadership group…</summary>
    LeadershipRepresentative,
    /// <summary>…and a deputy (001 §13: invitations go to members and deputies).</summary>
    LeadershipDeputy,
    /// <summary>001 §7 iv: the wellbeing county funds and names the family-centre coordinator.</summary>
    Coordinator,
}

public sealed record OpenDuty(DutyKind Kind, Guid OrganisationId, string ListedName);

/// <summary>What the agreement asks of each kind of party (001 §7 iv), checked from data: <see cref="Open"/> are the ones not yet met.</summary>
public sealed record RoleDutiesView(string Period, DateOnly On, int Checked, IReadOnlyList<OpenDuty> Open);

/// <summary>
/// Reads of the agreement's text. Versions out of the draft state are public (the agreement is a public document);
/// drafts, comments and duties are for staff.
/// </summary>
public sealed class AgreementTextQueries(PerheverkkoDb db, AccessControl access, TimeProvider clock, RegionAddressQueries regions)
{
    /// <summary>
    /// The versions of one region that the caller may see: those out of the draft state for everyone (across regions:
    /// the agreement is a public document), drafts only for the region's own staff who may see drafts.
    /// </summary>
    public async Task<IReadOnlyList<AgreementVersionSummary>> VersionsAsync(Actor? actor, Guid regionId, CancellationToken cancellationToken)
    {
        var drafts = await DraftsVisibleAsync(actor, regionId, cancellationToken);
        return (await Summaries(db.AgreementVersions.AsNoTracking().AcrossRegions()
                .Where(v => v.RegionId == regionId && (drafts || v.Status != AgreementStatus.Draft)).OrderBy(v => v.StartYear))
            .ToListAsync(cancellationToken)).Select(f => f.Summary).ToList();
    }

    /// <summary>
    /// The period of one region's version in force (the latest, should two overlap); when none is, the latest version that
    /// is no longer a draft (2026–2029 is seeded out for decisions: decision 0041), whose page says its status; or null.
    /// </summary>
    public async Task<string?> InForcePeriodAsync(Guid regionId, CancellationToken cancellationToken) =>
        await db.AgreementVersions.AsNoTracking().AcrossRegions().Where(v => v.RegionId == regionId && v.Status != AgreementStatus.Draft)
            .OrderByDescending(v => v.Status == AgreementStatus.InForce).ThenByDescending(v => v.StartYear)
            .Select(v => v.StartYear + "-" + v.EndYear).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A version of one region by its period, as <see cref="VersionAsync(Actor?, string, CancellationToken)"/> answers it.</summary>
    public async Task<AgreementVersionView> VersionAsync(Actor? actor, Guid regionId, string period, CancellationToken cancellationToken) =>
        await ViewAsync(actor, await SummaryAsync(actor, regionId, period, cancellationToken) ?? throw new NotFoundException(AgreementRules.VersionNotFound),
            cancellationToken);

    /// <summary>Two versions of one region compared.</summary>
    public async Task<AgreementComparison> CompareAsync(Actor? actor, Guid regionId, string? from, string? to, CancellationToken cancellationToken) =>
        await CompareAsync((await SummaryAsync(actor, regionId, from, cancellationToken))?.Summary,
            (await SummaryAsync(actor, regionId, to, cancellationToken))?.Summary, cancellationToken);

    /// <summary>Drafts are the region's own business: its staff who may see drafts see them, national ones every region's.</summary>
    private async Task<bool> DraftsVisibleAsync(Actor? actor, Guid regionId, CancellationToken cancellationToken) =>
        actor is not null && (actor.RegionId is null || actor.RegionId == regionId)
        && await access.PermitsAsync(actor, StaffAction.ViewAgreementDrafts, new AccessObject("AgreementVersion", null, regionId), cancellationToken);

    /// <summary>The region a read that names none means: a regional staff member's own, else the default region.</summary>
    private async Task<Guid> ReaderRegionAsync(Actor? actor, CancellationToken cancellationToken) =>
        (await regions.ForReaderAsync(actor, null, cancellationToken)).Id;

    private async Task<Found?> SummaryAsync(Actor? actor, Guid regionId, string? period, CancellationToken cancellationToken)
    {
        if (!AgreementPeriod.TryParse(period, out var start, out var end)) return null;
        var drafts = await DraftsVisibleAsync(actor, regionId, cancellationToken);
        return await Summaries(db.AgreementVersions.AsNoTracking().AcrossRegions()
                .Where(v => v.RegionId == regionId && v.StartYear == start && v.EndYear == end && (drafts || v.Status != AgreementStatus.Draft)))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The versions of the reader's region (a regional staff member's own, else the default region).</summary>
    public async Task<IReadOnlyList<AgreementVersionSummary>> VersionsAsync(Actor? actor, CancellationToken cancellationToken) =>
        await VersionsAsync(actor, await ReaderRegionAsync(actor, cancellationToken), cancellationToken);

    public async Task<StaffAgreementVersionsView> StaffVersionsAsync(Actor? actor, CancellationToken cancellationToken) =>
        new(await VersionsAsync(actor, cancellationToken), AccessControl.PermittedByRole(actor, on: null, StaffAction.DraftAgreement));

    /// <summary>The period of the default region's version in force (the latest, should two overlap), or null.</summary>
    public async Task<string?> InForcePeriodAsync(CancellationToken cancellationToken) =>
        await InForcePeriodAsync((await regions.DefaultAsync(cancellationToken)).Id, cancellationToken);

    public async Task<AgreementVersionView> VersionAsync(Actor? actor, string period, CancellationToken cancellationToken) =>
        await ViewAsync(actor, await SummaryAsync(actor, period, cancellationToken) ?? throw new NotFoundException(AgreementRules.VersionNotFound), cancellationToken);

    /// <summary>A version the caller may see, whole: its children are read across regions, as the version itself already was.</summary>
    private async Task<AgreementVersionView> ViewAsync(Actor? actor, Found found, CancellationToken cancellationToken)
    {
        var summary = found.Summary;
        // DraftAgreement on a version out of the draft state means: may start the next version from it.
        var permitted = await access.PermittedAsync(actor, [found.Object], summary.Status == AgreementStatus.Draft
            ? [StaffAction.ViewAgreementDrafts, StaffAction.DraftAgreement, StaffAction.CommentOnAgreementDraft]
            : [StaffAction.ViewAgreementDrafts, StaffAction.DraftAgreement], cancellationToken);
        var sections = await db.AgreementSections.AsNoTracking().AcrossRegions().Where(s => s.AgreementVersionId == summary.Id).OrderBy(s => s.Number)
            .Select(s => new AgreementSectionView(s.Number, s.Title, s.Body, s.TitleSv, s.BodySv)).ToListAsync(cancellationToken);
        var documents = await db.BackgroundDocuments.AsNoTracking().AcrossRegions().Where(d => d.AgreementVersionId == summary.Id).OrderBy(d => d.Position)
            .Select(d => new BackgroundDocumentView(d.Position, d.Title, d.Url)).ToListAsync(cancellationToken);
        var parties = await PartiesAsync(summary.Id, cancellationToken);
        IReadOnlyList<ProcessingView> processing = permitted.Has(summary.Id, StaffAction.ViewAgreementDrafts)
            ? await db.LeadershipProcessings.AsNoTracking().Where(p => p.AgreementVersionId == summary.Id).OrderBy(p => p.Date)
                .Select(p => new ProcessingView(p.Id, p.Date, p.MeetingId, p.Note, p.RecordedBy, p.RecordedAt)).ToListAsync(cancellationToken)
            : [];
        return new AgreementVersionView(summary, sections, documents, parties, processing,
            permitted.For(summary.Id).Where(a => a != nameof(StaffAction.ViewAgreementDrafts)).ToList(),
            FrozenTextCheck.Intact(summary.TextHash, sections.Select(s => new SectionText(s.Number, s.Title, s.Body))));
    }

    /// <summary>A version for writing its sections: only those who may draft the text are answered, as they would be on saving.</summary>
    public async Task<AgreementVersionView> VersionToDraftAsync(Actor? actor, string period, CancellationToken cancellationToken)
    {
        var found = await SummaryAsync(actor, period, cancellationToken) ?? throw new NotFoundException(AgreementRules.VersionNotFound);
        await access.RequireAsync(actor, StaffAction.DraftAgreement, found.Object, cancellationToken);
        return await ViewAsync(actor, found, cancellationToken);
    }

    public async Task<IReadOnlyList<SectionCommentView>> CommentsAsync(Actor? actor, string period, CancellationToken cancellationToken)
    {
        var (summary, version) = await SummaryAsync(actor, period, cancellationToken) ?? throw new NotFoundException(AgreementRules.VersionNotFound);
        await access.RequireAsync(actor, StaffAction.ViewAgreementDrafts, version, cancellationToken);
        return await (from c in db.SectionComments.AsNoTracking()
                      join s in db.AgreementSections.AsNoTracking() on c.SectionId equals s.Id
                      join o in db.Organisations.AsNoTracking() on c.OrganisationId equals o.Id into orgs
                      from o in orgs.DefaultIfEmpty()
                      where s.AgreementVersionId == summary.Id
                      orderby s.Number, c.CreatedAt
                      select new SectionCommentView(c.Id, s.Number, c.AuthorName, o == null ? null : o.Name, c.Body, c.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<AgreementComparison> CompareAsync(Actor? actor, string? from, string? to, CancellationToken cancellationToken) =>
        await CompareAsync(actor, await ReaderRegionAsync(actor, cancellationToken), from, to, cancellationToken);

    private async Task<AgreementComparison> CompareAsync(AgreementVersionSummary? older, AgreementVersionSummary? newer, CancellationToken cancellationToken)
    {
        if (older is null || newer is null) throw new NotFoundException(AgreementRules.UnknownVersionInDiff);
        var sections = await db.AgreementSections.AsNoTracking().AcrossRegions().Where(s => s.AgreementVersionId == older.Id || s.AgreementVersionId == newer.Id)
            .Select(s => new { s.AgreementVersionId, s.Number, s.Title, s.Body }).ToListAsync(cancellationToken);
        IEnumerable<SectionText> Of(Guid id) => sections.Where(s => s.AgreementVersionId == id).Select(s => new SectionText(s.Number, s.Title, s.Body));
        var olderParties = (await PartiesAsync(older.Id, cancellationToken)).Select(p => new PartyRef(p.OrganisationId, p.ListedName)).ToList();
        var newerParties = (await PartiesAsync(newer.Id, cancellationToken)).Select(p => new PartyRef(p.OrganisationId, p.ListedName)).ToList();
        return new AgreementComparison(older, newer, AgreementDiff.Sections(Of(older.Id), Of(newer.Id)), AgreementDiff.Parties(olderParties, newerParties));
    }

    /// <summary>
    /// 001 §7 iv as data, on today's date in Helsinki: every municipality that is a party has a meeting place in the
    /// directory and a current member and deputy in the leadership group; every other party a member and a deputy; the
    /// wellbeing county has named the coordinator (an account with the coordinator role in the county, or the
    /// leadership group's secretary for this period).
    /// </summary>
    public async Task<RoleDutiesView> DutiesAsync(Actor? actor, string period, CancellationToken cancellationToken)
    {
        var (summary, version) = await SummaryAsync(actor, period, cancellationToken) ?? throw new NotFoundException(AgreementRules.VersionNotFound);
        await access.RequireAsync(actor, StaffAction.ViewAgreementDrafts, version, cancellationToken);
        var today = HelsinkiTime.Today(clock);
        var parties = await (from p in db.Parties.AsNoTracking()
                             join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
                             where p.AgreementVersionId == summary.Id
                             orderby p.Position
                             select new { p.OrganisationId, p.ListedName, o.Kind, o.MunicipalityId }).ToListAsync(cancellationToken);
        var placesIn = (await db.MeetingPlaces.AsNoTracking().Select(m => m.MunicipalityId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var leadership = await db.Groups.AsNoTracking().Where(g => g.Kind == GroupKind.Leadership).Select(g => g.Id).ToListAsync(cancellationToken);
        var seats = await db.Memberships.AsNoTracking()
            .Where(m => leadership.Contains(m.GroupId) && m.From <= today && (m.To == null || m.To >= today))
            .Select(m => new { m.OrganisationId, m.Role }).ToListAsync(cancellationToken);
        var counties = parties.Where(p => p.Kind == OrganisationKind.WellbeingCounty).Select(p => p.OrganisationId).ToList();
        var coordinatorNamed = await db.Users.AnyAsync(u => u.Role == StaffRole.Coordinator && u.OrganisationId != null && counties.Contains(u.OrganisationId.Value), cancellationToken)
            || await db.GroupRoles.AnyAsync(r => leadership.Contains(r.GroupId) && r.Kind == GroupRoleKind.Secretary && r.AgreementVersionId == summary.Id, cancellationToken);

        var open = new List<OpenDuty>();
        var checkedCount = 0;
        void Check(bool met, DutyKind kind, Guid organisationId, string listedName)
        {
            checkedCount++;
            if (!met) open.Add(new OpenDuty(kind, organisationId, listedName));
        }
        foreach (var p in parties)
        {
            if (p.Kind == OrganisationKind.Municipality)
                Check(p.MunicipalityId is { } m && placesIn.Contains(m), DutyKind.MeetingPlace, p.OrganisationId, p.ListedName);
            Check(seats.Any(s => s.OrganisationId == p.OrganisationId && s.Role == MembershipRole.Member), DutyKind.LeadershipRepresentative, p.OrganisationId, p.ListedName);
            Check(seats.Any(s => s.OrganisationId == p.OrganisationId && s.Role == MembershipRole.Deputy), DutyKind.LeadershipDeputy, p.OrganisationId, p.ListedName);
            if (p.Kind == OrganisationKind.WellbeingCounty)
                Check(coordinatorNamed, DutyKind.Coordinator, p.OrganisationId, p.ListedName);
        }
        return new RoleDutiesView(summary.Period, today, checkedCount, open);
    }

    /// <summary>The leadership group's meetings, newest first, to link a processing record to (times in Finnish time).</summary>
    public async Task<IReadOnlyList<(Guid Id, DateTimeOffset StartsAt)>> LeadershipMeetingsAsync(CancellationToken cancellationToken)
    {
        var meetings = await (from m in db.Meetings.AsNoTracking()
                              join g in db.Groups.AsNoTracking() on m.GroupId equals g.Id
                              where g.Kind == GroupKind.Leadership && m.Status != MeetingStatus.Cancelled
                              orderby m.StartsAt descending
                              select new { m.Id, m.StartsAt }).Take(50).ToListAsync(cancellationToken);
        return meetings.Select(m => (m.Id, new DateTimeOffset(HelsinkiTime.ToLocal(m.StartsAt), HelsinkiTime.Zone.GetUtcOffset(m.StartsAt)))).ToList();
    }

    /// <summary>The parties of a version the caller may see (so read across regions).</summary>
    private async Task<IReadOnlyList<AgreementPartyView>> PartiesAsync(Guid versionId, CancellationToken cancellationToken) =>
        await (from p in db.Parties.AsNoTracking().AcrossRegions()
               join o in db.Organisations.AsNoTracking().AcrossRegions() on p.OrganisationId equals o.Id
               where p.AgreementVersionId == versionId
               orderby p.Position
               select new AgreementPartyView(o.Id, o.Slug, p.ListedName, p.Position, o.Name, o.Kind)).ToListAsync(cancellationToken);

    /// <summary>A draft is visible to staff only; to everyone else it does not exist. The period is the reader's region's.</summary>
    private async Task<Found?> SummaryAsync(Actor? actor, string? period, CancellationToken cancellationToken) =>
        await SummaryAsync(actor, await ReaderRegionAsync(actor, cancellationToken), period, cancellationToken);

    /// <summary>A version with the object the access engine decides on.</summary>
    private sealed record Found(AgreementVersionSummary Summary, AccessObject Object);

    private static IQueryable<Found> Summaries(IQueryable<AgreementVersion> versions) =>
        versions.Select(v => new Found(new AgreementVersionSummary(v.Id, v.StartYear + "-" + v.EndYear, v.StartYear, v.EndYear, v.Title, v.Status,
            v.TextHash, v.FrozenAt, v.InForceFrom, v.Sections.Count, v.Parties.Count), new AccessObject(PartyRelationships.VersionType, v.Id, v.RegionId, null)));
}
