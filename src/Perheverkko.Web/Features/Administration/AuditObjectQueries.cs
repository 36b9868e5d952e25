using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Web.Features.Administration;

/// <summary>An audit row's object as a reader knows it: its name, and the staff screen where it is (null when it has none).</summary>
public sealed record AuditObjectName(string Name, string? Link);

/// <summary>
/// Names the objects of audit rows for the audit page and its export (issue #13 item 6): the trail keeps the type and
/// id it was written with, and the name is looked up when it is read — so a renamed group shows its name of today, and
/// an object that no longer exists (a removed agenda item) keeps only its type and id. One query per type for a page.
/// The types named here are those the use cases write; any other shows its type and id.
/// </summary>
public sealed class AuditObjectQueries(PerheverkkoDb db)
{
    /// <summary>The object types with a name in the reader's language (text key <c>audit.type.</c> + type).</summary>
    public static readonly IReadOnlySet<string> KnownTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Meeting", "Group", "AgendaItem", "AgreementVersion", "Party", "Organisation", "Activity", "Service", "MeetingPlace", "User",
    };

    public async Task<IReadOnlyDictionary<(string Type, string Id), AuditObjectName>> NamesAsync(
        IEnumerable<(string? Type, string? Id)> objects, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string, string), AuditObjectName>();
        foreach (var byType in objects.Where(o => o.Type is not null && o.Id is not null).Distinct().GroupBy(o => o.Type!))
        {
            var ids = byType.Select(o => Guid.TryParse(o.Id, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
            if (ids.Count == 0) continue;
            foreach (var (id, name) in await OfTypeAsync(byType.Key, ids, cancellationToken))
                names[(byType.Key, id.ToString())] = name;
        }
        return names;
    }

    private async Task<IEnumerable<(Guid, AuditObjectName)>> OfTypeAsync(string type, List<Guid> ids, CancellationToken ct)
    {
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        switch (type)
        {
            case "Meeting":
                return (await (from m in db.Meetings.AsNoTracking() join g in db.Groups.AsNoTracking() on m.GroupId equals g.Id
                               where ids.Contains(m.Id) select new { m.Id, m.StartsAt, g.Name }).ToListAsync(ct))
                    .Select(m => (m.Id, new AuditObjectName(MeetingName(m.Name.In(lang), m.StartsAt), $"/staff/meetings/{m.Id}")));
            case "AgendaItem":
                return (await (from i in db.AgendaItems.AsNoTracking() join m in db.Meetings.AsNoTracking() on i.MeetingId equals m.Id
                               join g in db.Groups.AsNoTracking() on m.GroupId equals g.Id
                               where ids.Contains(i.Id) select new { i.Id, i.Title, MeetingId = m.Id, m.StartsAt, g.Name }).ToListAsync(ct))
                    .Select(i => (i.Id, new AuditObjectName($"{i.Title} ({MeetingName(i.Name.In(lang), i.StartsAt)})", $"/staff/meetings/{i.MeetingId}")));
            case "Group":
                return (await db.Groups.AsNoTracking().Where(g => ids.Contains(g.Id)).Select(g => new { g.Id, g.Name }).ToListAsync(ct))
                    .Select(g => (g.Id, new AuditObjectName(g.Name.In(lang), $"/staff/groups/{g.Id}")));
            case "AgreementVersion":
                return (await db.AgreementVersions.AsNoTracking().Where(v => ids.Contains(v.Id)).Select(v => new { v.Id, v.Title, v.StartYear, v.EndYear }).ToListAsync(ct))
                    .Select(v => (v.Id, new AuditObjectName($"{v.Title} {v.StartYear}–{v.EndYear}", $"/staff/signing/{v.StartYear}-{v.EndYear}")));
            case "Party":
                return (await (from p in db.Parties.AsNoTracking() join v in db.AgreementVersions.AsNoTracking() on p.AgreementVersionId equals v.Id
                               where ids.Contains(p.Id) select new { p.Id, p.ListedName, p.OrganisationId, v.StartYear, v.EndYear }).ToListAsync(ct))
                    .Select(p => (p.Id, new AuditObjectName($"{p.ListedName} ({p.StartYear}–{p.EndYear})", $"/staff/signing/{p.StartYear}-{p.EndYear}/parties/{p.OrganisationId}")));
            case "Organisation":
                return (await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
                    .Select(o => (o.Id, new AuditObjectName(o.Name.In(lang), $"/staff/organisations/{o.Id}")));
            case "Activity":
                return (await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
                    .Select(a => (a.Id, new AuditObjectName(a.Name.In(lang), $"/staff/directory/activities/{a.Id}")));
            case "Service":
                return (await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
                    .Select(s => (s.Id, new AuditObjectName(s.Name.In(lang), $"/staff/directory/services/{s.Id}")));
            case "MeetingPlace":
                return (await db.MeetingPlaces.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
                    .Select(p => (p.Id, new AuditObjectName(p.Name.In(lang), $"/staff/directory/places/{p.Id}")));
            case "User":
                // A staff account has no page of its own to link to; the trail filtered by the person is the link.
                return (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
                    .Select(u => (u.Id, new AuditObjectName(u.DisplayName, $"/staff/audit?actorId={u.Id}")));
            default:
                return [];
        }
    }

    private static string MeetingName(string group, DateTime startsAt) =>
        $"{group} {HelsinkiTime.ToLocal(startsAt).ToString("d.M.yyyy", CultureInfo.InvariantCulture)}";
}
