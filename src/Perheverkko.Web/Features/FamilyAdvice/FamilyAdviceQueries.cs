using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Protection;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>Where a contact stands in the queue: what needs an answer first comes first.</summary>
public enum QueueGroup { Overdue, DueToday, Later, Answered, Closed }

/// <summary>One row of the queue: no words of the family, only the reference, topic, municipality and times.</summary>
public sealed record QueueRow(Guid Id, string Reference, Guid? MunicipalityId, LocalizedText? Municipality, LocalizedText Topic,
    ContactChannel Channel, ContactState State, QueueGroup Group, DateOnly DueOn, bool Overdue, DateTime ReceivedAt, Guid? TeamId,
    string? AssignedTo);

public sealed record TeamChoice(Guid Id, Guid MunicipalityId, LocalizedText Municipality);
public sealed record QueueView(IReadOnlyList<QueueRow> Rows, int Total, int Page, int Pages, bool SeesRegionalQueue,
    IReadOnlyList<TeamChoice> Teams, IReadOnlyList<string> PermittedActions);

public sealed record QueueFilter(ContactState? State = null, Guid? TeamId = null, bool RegionalQueue = false, bool Mine = false, int Page = 1);

public sealed record ContactEntryView(Guid Id, ContactEntryKind Kind, string? Author, string? Text, Guid? TargetId, string? Target,
    DateTime At, bool ShownToFamily);
public sealed record PersonChoice(Guid Id, string Name);
public sealed record ReferralChoice(Guid Id, string Kind, LocalizedText Name, string PublicPath);

/// <summary>A contact opened: its words and details (the read is audited), its history and what the reader may do.</summary>
public sealed record ContactView(Guid Id, string Reference, int Version, ContactChannel Channel, Guid? MunicipalityId, LocalizedText? Municipality,
    LocalizedText Topic, AnswerBy AnswerBy, string Language, string? Name, string? Email, string? Phone, string? CallWindow, Guid? TeamId,
    string? AssignedTo, Guid? AssignedToId, ContactState State, ContactOutcome? Outcome, DateTime ReceivedAt, DateOnly DueOn, bool Overdue,
    DateTime? FirstAnsweredAt, DateTime? ClosedAt, bool AnswerLinkActive, bool ContentDeleted, string? RecordedBy,
    IReadOnlyList<ContactEntryView> Entries, IReadOnlyList<string> PermittedActions, IReadOnlyList<PersonChoice> TeamMembers,
    IReadOnlyList<TeamChoice> TransferTargets, IReadOnlyList<ReferralChoice> ReferralTargets);

public sealed record TopicView(Guid Id, LocalizedText Name, int Order, bool Active);
public sealed record TeamView(Guid Id, Guid MunicipalityId, LocalizedText Municipality, IReadOnlyList<PersonChoice> Members);
public sealed record MunicipalityChoice(Guid Id, LocalizedText Name);
public sealed record OrganisationChoice(Guid Id, LocalizedText Name);
public sealed record AdviceSettingsView(int Version, string? Phone, LocalizedText PhoneHours, LocalizedText UrgentNumbers, int FirstAnswerWorkingDays,
    int RetentionMonths, IReadOnlyList<DateOnly> ExtraDaysOff, Guid? DataControllerId, IReadOnlyList<TopicView> Topics, IReadOnlyList<TeamView> Teams,
    IReadOnlyList<MunicipalityChoice> Municipalities, IReadOnlyList<PersonChoice> StaffOfRegion, IReadOnlyList<OrganisationChoice> Organisations);

/// <summary>The Perheneuvo workers' reads: the queue (one query, no words), one contact (audited), the settings.</summary>
public sealed class FamilyAdviceQueries(PerheverkkoDb db, AccessControl access, AuditLog audit, ContentProtector protector, TimeProvider clock)
{
    public const int PageSize = 50;
    /// <summary>Closed contacts stay in the queue this long, so a worker finds what they just closed.</summary>
    public const int RecentlyClosedDays = 30;

    /// <summary>The handling actions as <see cref="ContactView.PermittedActions"/> names them (the API's and the page's buttons).</summary>
    public static class Actions
    {
        public const string Claim = "Claim", Assign = "Assign", Transfer = "Transfer", Reply = "Reply", RecordCall = "RecordCall",
            AddNote = "AddNote", Refer = "Refer", Close = "Close", RevokeAnswerLink = "RevokeAnswerLink";
    }

    /// <summary>
    /// The signed-in person's queue: their teams' contacts, those assigned to them, and for a coordinator or admin the
    /// regional queue (contacts of no team) — one SQL query for the page and one for the count, never a filter in memory.
    /// </summary>
    public async Task<QueueView> QueueAsync(Actor? actor, QueueFilter filter, CancellationToken cancellationToken)
    {
        var allowed = await access.RequireAsync(actor, StaffAction.ViewAdviceQueue, FamilyAdviceRelationships.QueueOf(actor?.RegionId ?? Guid.Empty), cancellationToken);
        var userId = allowed.UserId ?? Guid.Empty;
        var leads = allowed.Role is StaffRole.Coordinator or StaffRole.Admin;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = HelsinkiTime.DateOf(now);
        var closedSince = now.AddDays(-RecentlyClosedDays);

        var query = db.FamilyContacts.AsNoTracking()
            .Where(c => c.ContentDeletedAt == null)
            .Where(c => (c.TeamId != null && db.AdviceTeamMembers.Any(m => m.TeamId == c.TeamId && m.UserId == userId))
                        || c.AssignedToId == userId || (leads && c.TeamId == null))
            .Where(c => c.State != ContactState.Closed || c.ClosedAt >= closedSince);
        if (filter.State is { } state) query = query.Where(c => c.State == state);
        if (filter.TeamId is { } teamId) query = query.Where(c => c.TeamId == teamId);
        if (filter.RegionalQueue) query = query.Where(c => c.TeamId == null);
        if (filter.Mine) query = query.Where(c => c.AssignedToId == userId);

        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var rows = await query
            .Select(c => new
            {
                c.Id, c.Reference, c.MunicipalityId, c.TopicId, c.Channel, c.State, c.DueOn, c.ReceivedAt, c.TeamId, c.AssignedToId,
                Group = c.State == ContactState.Closed ? QueueGroup.Closed
                    : c.FirstAnsweredAt != null ? QueueGroup.Answered
                    : c.DueOn < today ? QueueGroup.Overdue
                    : c.DueOn == today ? QueueGroup.DueToday : QueueGroup.Later,
            })
            .OrderBy(c => c.Group).ThenByDescending(c => c.ReceivedAt).ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);

        // Names of the page's few municipalities, topics and workers: small lookups by id.
        var names = await NamesAsync(rows.Select(r => r.MunicipalityId), rows.Select(r => (Guid?)r.TopicId), rows.Select(r => r.AssignedToId), cancellationToken);
        var teams = await TeamChoicesAsync(cancellationToken);
        var view = rows.Select(r => new QueueRow(r.Id, r.Reference, r.MunicipalityId, names.Municipality(r.MunicipalityId), names.Topic(r.TopicId),
            r.Channel, r.State, r.Group, r.DueOn, r.Group == QueueGroup.Overdue, r.ReceivedAt, r.TeamId, names.Person(r.AssignedToId))).ToList();
        var mayManage = await access.PermitsAsync(actor, StaffAction.ManageFamilyAdvice, FamilyAdviceRelationships.QueueOf(allowed.RegionId ?? Guid.Empty), cancellationToken);
        return new QueueView(view, total, page, pages, leads, teams, mayManage ? [nameof(StaffAction.ManageFamilyAdvice)] : []);
    }

    /// <summary>One contact with its words opened. Every call is a read of a family's words: audited at once.</summary>
    public async Task<ContactView> ContactAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var (contact, allowed) = await db.LoadForHandlingAsync(access, actor, id, withEntries: true, cancellationToken);
        await audit.RecordNowAsync(allowed, AuditEvent.FamilyContactRead, AuditOutcome.Succeeded, FamilyAdviceRelationships.ContactType, contact.Id,
            cancellationToken: cancellationToken, regionId: contact.RegionId);
        var today = HelsinkiTime.Today(clock);
        var entries = contact.Entries.OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
        var referralIds = entries.Where(e => e.Kind == ContactEntryKind.Referral && e.TargetId is not null).Select(e => e.TargetId!.Value).ToList();
        var people = entries.Select(e => e.AuthorId).Concat(entries.Where(e => e.Kind == ContactEntryKind.Assignment).Select(e => e.TargetId))
            .Append(contact.AssignedToId).Append(contact.RecordedById);
        var names = await NamesAsync([contact.MunicipalityId], [contact.TopicId], people, cancellationToken);
        var teams = await TeamChoicesAsync(cancellationToken);
        var referrals = await ReferralChoicesAsync(contact.RegionId, cancellationToken);
        var referralNames = referrals.ToDictionary(r => r.Id);
        foreach (var missing in referralIds.Where(r => !referralNames.ContainsKey(r)).Distinct().ToList())
        {
            // A referral's service or activity may since have been archived: its name still shows.
            var name = await db.Services.AsNoTracking().Where(s => s.Id == missing).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken)
                ?? await db.Activities.AsNoTracking().Where(a => a.Id == missing).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
            if (name is not null) referralNames[missing] = new ReferralChoice(missing, "", name, "");
        }
        var members = contact.TeamId is { } teamId
            ? await db.AdviceTeamMembers.AsNoTracking().Where(m => m.TeamId == teamId)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u).OrderBy(u => u.DisplayName)
                .Select(u => new PersonChoice(u.Id, u.DisplayName)).ToListAsync(cancellationToken)
            : [];
        var teamNames = teams.ToDictionary(t => t.Id);
        var views = entries.Select(e => new ContactEntryView(e.Id, e.Kind, names.Person(e.AuthorId), protector.Open(e.SealedText), e.TargetId,
            e.Kind switch
            {
                ContactEntryKind.Assignment => names.Person(e.TargetId),
                ContactEntryKind.Transfer => e.TargetId is { } t && teamNames.TryGetValue(t, out var team) ? team.Municipality.Fi : null,
                ContactEntryKind.Referral => e.TargetId is { } r && referralNames.TryGetValue(r, out var target) ? target.Name.Fi : null,
                _ => null,
            }, e.At, e.IsShownToFamily)).ToList();
        var details = contact.Details;
        return new ContactView(contact.Id, contact.Reference, contact.Version, contact.Channel, contact.MunicipalityId, names.Municipality(contact.MunicipalityId),
            names.Topic(contact.TopicId), contact.AnswerBy, contact.Language, protector.Open(details.Name), protector.Open(details.Email),
            protector.Open(details.Phone), protector.Open(details.CallWindow), contact.TeamId, names.Person(contact.AssignedToId), contact.AssignedToId,
            contact.State, contact.Outcome, contact.ReceivedAt, contact.DueOn, contact.IsOverdue(today), contact.FirstAnsweredAt, contact.ClosedAt,
            contact.IsAnswerLinkActive, contact.IsContentDeleted, names.Person(contact.RecordedById), views, PermittedActionsOf(contact, allowed),
            members, teams.Where(t => t.Id != contact.TeamId).ToList(), referrals);
    }

    /// <summary>What may be done to the contact now: the engine admitted the reader to handle it; its state decides the rest.</summary>
    public static IReadOnlyList<string> PermittedActionsOf(FamilyContact contact, Actor actor)
    {
        if (contact.IsContentDeleted) return [];
        if (contact.State == ContactState.Closed)
            return contact.AnswerLinkRevokedAt is null && contact.AnswerLinks.Count > 0 ? [Actions.AddNote, Actions.RevokeAnswerLink] : [Actions.AddNote];
        var actions = new List<string>();
        if (contact.AssignedToId != actor.UserId) actions.Add(Actions.Claim);
        if (contact.TeamId is not null) actions.Add(Actions.Assign);
        actions.AddRange([Actions.Transfer, Actions.Reply, Actions.RecordCall, Actions.AddNote, Actions.Refer, Actions.Close]);
        if (contact.AnswerLinkRevokedAt is null && contact.AnswerLinks.Count > 0) actions.Add(Actions.RevokeAnswerLink);
        return actions;
    }

    /// <summary>Whether the staff front page links to the queue.</summary>
    public Task<bool> MayViewQueueAsync(Actor? actor, CancellationToken cancellationToken) =>
        access.PermitsAsync(actor, StaffAction.ViewAdviceQueue, FamilyAdviceRelationships.QueueOf(actor?.RegionId ?? Guid.Empty), cancellationToken);

    /// <summary>The settings page: settings, topics (retired ones too), teams with their members, and the choices.</summary>
    public async Task<AdviceSettingsView> SettingsAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var allowed = await access.RequireAsync(actor, StaffAction.ManageFamilyAdvice, FamilyAdviceRelationships.QueueOf(actor?.RegionId ?? Guid.Empty), cancellationToken);
        var regionId = allowed.RegionId ?? Guid.Empty;
        var settings = await db.AdviceSettingsOfAsync(regionId, cancellationToken);
        var topics = await db.AdviceTopics.AsNoTracking().Where(t => t.RegionId == regionId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).ToListAsync(cancellationToken);
        var teams = await db.AdviceTeams.AsNoTracking().Include(t => t.Members).Where(t => t.RegionId == regionId).ToListAsync(cancellationToken);
        var staff = await db.Users.AsNoTracking().Where(u => u.RegionId == regionId).OrderBy(u => u.DisplayName)
            .Select(u => new PersonChoice(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.RegionId == regionId && o.ClosedOn == null)
            .Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync(cancellationToken);
        var staffNames = staff.ToDictionary(s => s.Id, s => s.Name);
        var municipalityNames = municipalities.ToDictionary(m => m.Id, m => m.Name);
        return new AdviceSettingsView(settings.Version, settings.Phone, settings.PhoneHours, settings.UrgentNumbers, settings.FirstAnswerWorkingDays,
            settings.RetentionMonths, settings.ExtraDaysOffList, settings.DataControllerId,
            topics.Select(t => new TopicView(t.Id, t.Name, t.Order, t.IsActive)).ToList(),
            teams.Select(t => new TeamView(t.Id, t.MunicipalityId, municipalityNames.GetValueOrDefault(t.MunicipalityId) ?? new LocalizedText("?"),
                    t.Members.Select(m => new PersonChoice(m.UserId, staffNames.GetValueOrDefault(m.UserId) ?? "?")).OrderBy(p => p.Name).ToList()))
                .OrderBy(t => t.Municipality.Fi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi"), false)).ToList(),
            municipalities.OrderBy(m => m.Name.Fi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi"), false))
                .Select(m => new MunicipalityChoice(m.Id, m.Name)).ToList(),
            staff, organisations.OrderBy(o => o.Name.Fi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi"), false)).ToList());
    }

    /// <summary>The form for a phone or meeting-place contact: the region's municipalities and active topics.</summary>
    public async Task<(IReadOnlyList<MunicipalityChoice> Municipalities, IReadOnlyList<TopicView> Topics)> RecordChoicesAsync(Actor? actor,
        CancellationToken cancellationToken)
    {
        var allowed = await access.RequireAsync(actor, StaffAction.ViewAdviceQueue, FamilyAdviceRelationships.QueueOf(actor?.RegionId ?? Guid.Empty), cancellationToken);
        var regionId = allowed.RegionId ?? Guid.Empty;
        var municipalities = (await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).ToListAsync(cancellationToken))
            .OrderBy(m => m.Name.Fi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi"), false))
            .Select(m => new MunicipalityChoice(m.Id, m.Name)).ToList();
        var topics = await db.AdviceTopics.AsNoTracking().Where(t => t.RegionId == regionId && t.IsActive).OrderBy(t => t.Order)
            .Select(t => new TopicView(t.Id, t.Name, t.Order, t.IsActive)).ToListAsync(cancellationToken);
        return (municipalities, topics);
    }

    private async Task<IReadOnlyList<TeamChoice>> TeamChoicesAsync(CancellationToken cancellationToken)
    {
        var teams = await db.AdviceTeams.AsNoTracking().Select(t => new { t.Id, t.MunicipalityId }).ToListAsync(cancellationToken);
        var ids = teams.Select(t => t.MunicipalityId).ToList();
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        return teams.Select(t => new TeamChoice(t.Id, t.MunicipalityId, municipalities.GetValueOrDefault(t.MunicipalityId) ?? new LocalizedText("?")))
            .OrderBy(t => t.Municipality.Fi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi"), false)).ToList();
    }

    /// <summary>The published services and activities of the region that a contact may be referred to.</summary>
    public async Task<IReadOnlyList<ReferralChoice>> ReferralChoicesAsync(Guid regionId, CancellationToken cancellationToken)
    {
        var services = await db.Services.AsNoTracking().Where(s => s.RegionId == regionId && s.State == Directory.PublicationState.Published)
            .Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().Where(a => a.RegionId == regionId && a.State == Directory.PublicationState.Published)
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        return services.Select(s => new ReferralChoice(s.Id, "service", s.Name, $"/directory/services/{s.Id}"))
            .Concat(activities.Select(a => new ReferralChoice(a.Id, "activity", a.Name, $"/directory/activities/{a.Id}")))
            .OrderBy(r => r.Name.Fi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi"), false)).ToList();
    }

    private sealed record Names(IReadOnlyDictionary<Guid, LocalizedText> Municipalities, IReadOnlyDictionary<Guid, LocalizedText> Topics,
        IReadOnlyDictionary<Guid, string> People)
    {
        public LocalizedText? Municipality(Guid? id) => id is { } m ? Municipalities.GetValueOrDefault(m) : null;
        public LocalizedText Topic(Guid id) => Topics.GetValueOrDefault(id) ?? new LocalizedText("?");
        public string? Person(Guid? id) => id is { } p ? People.GetValueOrDefault(p) : null;
    }

    private async Task<Names> NamesAsync(IEnumerable<Guid?> municipalityIds, IEnumerable<Guid?> topicIds, IEnumerable<Guid?> peopleIds,
        CancellationToken cancellationToken)
    {
        var m = municipalityIds.OfType<Guid>().Distinct().ToList();
        var t = topicIds.OfType<Guid>().Distinct().ToList();
        var p = peopleIds.OfType<Guid>().Distinct().ToList();
        return new Names(
            m.Count == 0 ? new Dictionary<Guid, LocalizedText>() : await db.Municipalities.AsNoTracking().Where(x => m.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken),
            t.Count == 0 ? new Dictionary<Guid, LocalizedText>() : await db.AdviceTopics.AsNoTracking().Where(x => t.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken),
            p.Count == 0 ? new Dictionary<Guid, string>() : await db.Users.AsNoTracking().Where(x => p.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.DisplayName, cancellationToken));
    }
}
