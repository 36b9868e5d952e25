using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Agreements.Signing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.YearClock;

public sealed record YearClockTaskRow(Guid Id, LocalizedText Title, int StartMonth, int EndMonth, int? Day, Guid? OwnerUserId, string? OwnerName, int ReminderDays);

public enum LiveEntryKind { Meeting, Signing, EvaluationDue, Survey }

/// <summary>
/// A part of the year that puts dated entries of its own on the year clock (the municipal evaluations' due date, the family
/// survey's dates). Like the annual report's sections (decision 0034), each part answers for itself and the clock only
/// gathers them; the entries are not personal data and show to everyone who may see the year.
/// </summary>
public interface IYearClockSource
{
    Task<IReadOnlyList<YearClockLiveEntry>> EntriesAsync(Guid regionId, int year, CancellationToken cancellationToken);
}

/// <summary>An entry the year clock reads from another feature (a leadership-group meeting, an open signing round): shown, not edited here.</summary>
public sealed record YearClockLiveEntry(LiveEntryKind Kind, string Title, int Month, DateOnly? Day, string Link);

public sealed record OwnerChoice(Guid Id, string Name);

/// <summary>The region's year: its tasks, the live entries of the year, and whether the reader may change the tasks.</summary>
public sealed record YearClockView(int Year, IReadOnlyList<YearClockTaskRow> Tasks, IReadOnlyList<YearClockLiveEntry> Live, bool MayManage,
    IReadOnlyList<OwnerChoice> Owners);

/// <summary>The reads of the year clock: the year view (its own tasks and the live entries of governance and agreements).</summary>
public sealed class YearClockQueries(PerheverkkoDb db, AccessControl access, GovernanceQueries governance, SigningQueries signing,
    IEnumerable<IYearClockSource> sources, TimeProvider clock)
{
    public async Task<YearClockView> YearAsync(Actor? actor, int? year, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewYearCycle, YearClockAccess.Region(actor?.RegionId), cancellationToken);
        var region = actor?.RegionId ?? throw new NotFoundException(YearClockRules.NotFound);
        var y = year is >= 2000 and <= 2100 ? year.Value : HelsinkiTime.Today(clock).Year;
        var tasks = await TasksAsync(region, cancellationToken);
        var mayManage = await access.PermitsAsync(actor, StaffAction.ManageYearClock, YearClockAccess.Region(region), cancellationToken);

        var live = new List<YearClockLiveEntry>();
        // Only those who may see the groups see their meetings here; the others still see the tasks.
        var mayViewGroups = await access.PermitsAsync(actor, StaffAction.ViewGroups, null, cancellationToken);
        var leadership = !mayViewGroups ? [] : (await governance.ListGroupsAsync(actor, cancellationToken)).Where(g => g.Kind == GroupKind.Leadership).ToDictionary(g => g.Id);
        foreach (var m in leadership.Count == 0 ? [] : (await governance.MeetingsOfYearAsync(actor, y, cancellationToken)).Where(m => leadership.ContainsKey(m.GroupId) && m.Status != MeetingStatus.Cancelled))
            live.Add(new YearClockLiveEntry(LiveEntryKind.Meeting, m.GroupName.Fi, m.StartsAt.Month, DateOnly.FromDateTime(m.StartsAt.DateTime), $"/staff/meetings/{m.Id}"));
        foreach (var v in (await signing.VersionsAsync(cancellationToken)).Where(v => v.Status is AgreementStatus.OutForDecisions or AgreementStatus.OutForSigning))
        {
            // An open round shows from the month it was sent (or January, when sent in an earlier year) in the years it is open.
            var sent = v.SentForSigningAt is { } at ? HelsinkiTime.DateOf(at) : (DateOnly?)null;
            if (sent is { } s && s.Year > y) continue;
            live.Add(new YearClockLiveEntry(LiveEntryKind.Signing, $"{v.Title} ({v.Period})", sent is { } d && d.Year == y ? d.Month : 1, sent, $"/staff/signing/{v.Period}"));
        }
        foreach (var source in sources) live.AddRange(await source.EntriesAsync(region, y, cancellationToken));
        return new YearClockView(y, tasks, live.OrderBy(l => l.Month).ThenBy(l => l.Day).ToList(), mayManage,
            mayManage ? await OwnerChoicesAsync(region, cancellationToken) : []);
    }

    /// <summary>The region's current tasks in the order of the year (no access check: for the feed and the reminders, which check their own).</summary>
    public async Task<IReadOnlyList<YearClockTaskRow>> TasksAsync(Guid regionId, CancellationToken cancellationToken)
    {
        var tasks = await db.YearClockTasks.AsNoTracking().Where(t => t.RegionId == regionId && t.RemovedAt == null).ToListAsync(cancellationToken);
        var ownerIds = tasks.Where(t => t.OwnerUserId != null).Select(t => t.OwnerUserId!.Value).Distinct().ToList();
        var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return tasks.OrderBy(t => t.StartMonth).ThenBy(t => t.Day ?? 0).ThenBy(t => t.Title.Fi)
            .Select(t => new YearClockTaskRow(t.Id, t.Title, t.StartMonth, t.EndMonth, t.Day, t.OwnerUserId, t.OwnerUserId is { } o ? owners.GetValueOrDefault(o) : null, t.ReminderDays))
            .ToList();
    }

    /// <summary>Who can own a task: the region's staff accounts.</summary>
    public async Task<IReadOnlyList<OwnerChoice>> OwnerChoicesAsync(Guid regionId, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().Where(u => u.RegionId == regionId).Select(u => new OwnerChoice(u.Id, u.DisplayName)).ToListAsync(cancellationToken))
            .OrderBy(o => o.Name, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false)).ToList();
}
