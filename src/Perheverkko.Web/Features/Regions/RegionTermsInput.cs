using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Regions;

/// <summary>
/// A region's terms as a form or an API call gives them. Adding a region may leave any of them out (South Savo's value
/// is taken); changing them gives them all.
/// </summary>
public sealed record RegionTermsInput(
    int? NoticeDeadlineMonth, int? NoticeDeadlineDay, int? EndMonth, int? EndDay,
    int? LeadershipMeetingsPerYear, QuorumThreshold? DefaultQuorum, MinutesApproval? DefaultMinutesApproval,
    int? SigningReminderDays, string? Languages)
{
    public static RegionTermsInput From(RegionTerms terms) => new(terms.NoticeDeadlineMonth, terms.NoticeDeadlineDay, terms.EndMonth, terms.EndDay,
        terms.LeadershipMeetingsPerYear, terms.DefaultQuorum, terms.DefaultMinutesApproval, terms.SigningReminderDays, terms.Languages);

    /// <summary>Every term given, and the choices among the known ones.</summary>
    public InputCheck CheckComplete(InputCheck check, string prefix = "") => Check(check
        .That(NoticeDeadlineMonth is not null, prefix + "noticeDeadlineMonth", "validation.required")
        .That(NoticeDeadlineDay is not null, prefix + "noticeDeadlineDay", "validation.required")
        .That(EndMonth is not null, prefix + "endMonth", "validation.required")
        .That(EndDay is not null, prefix + "endDay", "validation.required")
        .That(LeadershipMeetingsPerYear is not null, prefix + "leadershipMeetingsPerYear", "validation.required")
        .That(DefaultQuorum is not null, prefix + "defaultQuorum", "validation.required")
        .That(DefaultMinutesApproval is not null, prefix + "defaultMinutesApproval", "validation.required")
        .That(SigningReminderDays is not null, prefix + "signingReminderDays", "validation.required")
        .That(!string.IsNullOrWhiteSpace(Languages), prefix + "languages", "validation.required"), prefix);

    /// <summary>The terms that are given are of the right kind (the ranges are <see cref="RegionTerms.Check"/>'s rules).</summary>
    public InputCheck Check(InputCheck check, string prefix = "") => check
        .That(DefaultQuorum is null || Enum.IsDefined(DefaultQuorum.Value), prefix + "defaultQuorum", "validation.choice")
        .That(DefaultMinutesApproval is null || Enum.IsDefined(DefaultMinutesApproval.Value), prefix + "defaultMinutesApproval", "validation.choice")
        .That(Languages is null || Languages.Length <= 20, prefix + "languages", "validation.max_length", 20);

    /// <summary>The terms given, the rest from <paramref name="defaults"/>; languages as "fi,sv" whatever the spacing and case.</summary>
    public RegionTerms Over(RegionTerms defaults) => new(
        NoticeDeadlineMonth ?? defaults.NoticeDeadlineMonth, NoticeDeadlineDay ?? defaults.NoticeDeadlineDay,
        EndMonth ?? defaults.EndMonth, EndDay ?? defaults.EndDay,
        LeadershipMeetingsPerYear ?? defaults.LeadershipMeetingsPerYear,
        DefaultQuorum ?? defaults.DefaultQuorum, DefaultMinutesApproval ?? defaults.DefaultMinutesApproval,
        SigningReminderDays ?? defaults.SigningReminderDays,
        string.IsNullOrWhiteSpace(Languages) ? defaults.Languages
            : string.Join(',', Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.ToLowerInvariant())));
}
