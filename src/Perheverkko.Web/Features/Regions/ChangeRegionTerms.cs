using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Regions;

/// <summary>
/// The region's coordinator (or an administrator) sets the region's terms. They apply from now on: what was decided
/// under the old ones — a notice's end day, a group's quorum, a reminder already sent — stays as it was, because every
/// use case reads the terms when it acts and stores what it decided.
/// </summary>
public sealed class ChangeRegionTerms(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <param name="Version">The version the caller saw (<see cref="RegionTermsView.Version"/>); an older one is refused (409).</param>
    public sealed record Request(int? Version,
        int? NoticeDeadlineMonth, int? NoticeDeadlineDay, int? EndMonth, int? EndDay,
        int? LeadershipMeetingsPerYear, QuorumThreshold? DefaultQuorum, MinutesApproval? DefaultMinutesApproval,
        int? SigningReminderDays, string? Languages)
    {
        // Derived for the use case, never sent: kept out of the JSON contract (and so out of the OpenAPI input schema).
        [System.Text.Json.Serialization.JsonIgnore]
        public RegionTermsInput Terms => new(NoticeDeadlineMonth, NoticeDeadlineDay, EndMonth, EndDay, LeadershipMeetingsPerYear,
            DefaultQuorum, DefaultMinutesApproval, SigningReminderDays, Languages);
    }

    /// <returns>The region's new version.</returns>
    public async Task<int> HandleAsync(Actor? actor, string regionSlug, Request request, CancellationToken cancellationToken)
    {
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Slug == regionSlug, cancellationToken)
            ?? throw new NotFoundException(OrganisationRules.RegionNotFound);
        actor = await access.RequireAsync(actor, StaffAction.EditRegionTerms, new AccessObject("Region", region.Id, region.Id), cancellationToken);
        var check = new InputCheck().That(request.Version is not null, "version", "validation.required");
        request.Terms.CheckComplete(check);
        check.ThrowIfInvalid();

        var before = region.Terms;
        var after = request.Terms.Over(before);
        region.ChangeTerms(request.Version!.Value, after, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.RegionTermsChanged, "Region", region.Id, $"{region.Slug}: {Describe(before, after)}");
        await db.SaveChangesAsync(cancellationToken);
        return region.Version;
    }

    /// <summary>What changed, before → after, for the audit trail: "notice deadline 30.6. → 31.5.; languages fi,sv,en → fi".</summary>
    public static string Describe(RegionTerms before, RegionTerms after)
    {
        var changes = new List<string>();
        void Compare<T>(string what, T old, T @new, Func<T, string>? show = null)
        {
            show ??= v => v?.ToString() ?? "";
            if (!EqualityComparer<T>.Default.Equals(old, @new)) changes.Add($"{what} {show(old)} → {show(@new)}");
        }
        Compare("notice deadline", (before.NoticeDeadlineDay, before.NoticeDeadlineMonth), (after.NoticeDeadlineDay, after.NoticeDeadlineMonth), d => $"{d.Item1}.{d.Item2}.");
        Compare("end day", (before.EndDay, before.EndMonth), (after.EndDay, after.EndMonth), d => $"{d.Item1}.{d.Item2}.");
        Compare("leadership meetings a year", before.LeadershipMeetingsPerYear, after.LeadershipMeetingsPerYear);
        Compare("default quorum", before.DefaultQuorum, after.DefaultQuorum);
        Compare("default minutes approval", before.DefaultMinutesApproval, after.DefaultMinutesApproval);
        Compare("signing reminder days", before.SigningReminderDays, after.SigningReminderDays);
        Compare("languages", before.Languages, after.Languages);
        return changes.Count == 0 ? "no change" : string.Join("; ", changes);
    }
}
