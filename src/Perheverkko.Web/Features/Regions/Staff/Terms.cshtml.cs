using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Regions.Staff;

/// <summary>
/// A region's terms: every staff member of the region reads them; the coordinator (and an administrator) changes them.
/// A change applies from now on and can be changed back, so it needs no confirmation. A refused save shows the form
/// again as typed, with the messages next to their fields.
/// </summary>
public sealed class TermsModel(RegionTermsQueries queries, ChangeRegionTerms change) : PerheverkkoPage
{
    public sealed class TermsInput
    {
        public int? Version { get; set; }
        public int? NoticeDeadlineDay { get; set; }
        public int? NoticeDeadlineMonth { get; set; }
        public int? EndDay { get; set; }
        public int? EndMonth { get; set; }
        public int? LeadershipMeetingsPerYear { get; set; }
        public QuorumThreshold? DefaultQuorum { get; set; }
        public MinutesApproval? DefaultMinutesApproval { get; set; }
        public int? SigningReminderDays { get; set; }
        public List<string> Languages { get; set; } = [];
    }

    public RegionTermsView View { get; private set; } = null!;
    [BindProperty] public TermsInput Input { get; set; } = new();
    [TempData] public string? Notice { get; set; }

    public bool MayEdit => View.PermittedActions.Contains(nameof(StaffAction.EditRegionTerms));

    public async Task<IActionResult> OnGetAsync(string? region, CancellationToken cancellationToken)
    {
        if (region is null)
        {
            // Without a name: the person's own region; a national administrator of several regions chooses on the list.
            var own = await queries.DefaultRegionSlugAsync(Actor, cancellationToken);
            if (own is null) return Redirect("/staff/regions");
            region = own;
        }
        View = await queries.TermsAsync(Actor, region, cancellationToken);
        var t = View.Terms;
        Input = new TermsInput
        {
            Version = View.Version, NoticeDeadlineDay = t.NoticeDeadlineDay, NoticeDeadlineMonth = t.NoticeDeadlineMonth, EndDay = t.EndDay,
            EndMonth = t.EndMonth, LeadershipMeetingsPerYear = t.LeadershipMeetingsPerYear, DefaultQuorum = t.DefaultQuorum,
            DefaultMinutesApproval = t.DefaultMinutesApproval, SigningReminderDays = t.SigningReminderDays, Languages = [.. t.LanguageList],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? region, CancellationToken cancellationToken)
    {
        region ??= await queries.DefaultRegionSlugAsync(Actor, cancellationToken);
        if (region is null) return Redirect("/staff/regions");
        // The languages in their own order, Finnish first: the boxes say which, not in what order.
        var languages = RegionTerms.KnownLanguages.Where(Input.Languages.Contains).ToList();
        if (await TryAsync(() => change.HandleAsync(Actor, region, new ChangeRegionTerms.Request(Input.Version,
                Input.NoticeDeadlineMonth, Input.NoticeDeadlineDay, Input.EndMonth, Input.EndDay, Input.LeadershipMeetingsPerYear,
                Input.DefaultQuorum, Input.DefaultMinutesApproval, Input.SigningReminderDays, languages.Count == 0 ? null : string.Join(',', languages)),
                cancellationToken)))
        {
            Notice = T["region.terms_saved"];
            return RedirectToPage(new { region });
        }
        View = await queries.TermsAsync(Actor, region, cancellationToken);
        return Page();
    }
}
