using System.Globalization;
using System.Text.RegularExpressions;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>A schedule as a form or API client sends it: times "10:00", dates "2026-09-01", so an impossible date is a field message, not a crash.</summary>
public sealed record ScheduleInput(string? Starts, string? Ends, IReadOnlyList<DayOfWeek>? Days, string? From, string? Until,
    IReadOnlyList<string>? Dates, IReadOnlyList<string>? Cancelled);

public sealed record WeeklyOpeningInput(DayOfWeek? Day, string? Opens, string? Closes);

/// <param name="Note">In Finnish, Swedish and English; a Swedish or English note needs the Finnish one too.</param>
public sealed record OpeningExceptionInput(string? From, string? To, string? Opens, string? Closes, LocalizedTextInput? Note);

/// <summary>Checks and converts the directory's inputs; every problem is collected with its field.</summary>
public static partial class DirectoryInput
{
    public const int MaxListLength = 20;

    public static LocalizedText OptionalText(LocalizedTextInput? input) =>
        new(input?.Fi.TrimmedOrNull() ?? "", input?.Sv.TrimmedOrNull(), input?.En.TrimmedOrNull());

    public static void CheckOptionalText(InputCheck check, string field, LocalizedTextInput? input, int maxLength) => check
        .Optional(field + ".fi", input?.Fi, maxLength).Optional(field + ".sv", input?.Sv, maxLength).Optional(field + ".en", input?.En, maxLength);

    public static DateOnly? Date(InputCheck check, string field, string? value, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            check.That(!required, field, "validation.required");
            return null;
        }
        var ok = DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(value.Trim(), "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        check.That(ok, field, "validation.date");
        return ok ? date : null;
    }

    public static TimeOnly? Time(InputCheck check, string field, string? value, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            check.That(!required, field, "validation.required");
            return null;
        }
        var ok = TimeOnly.TryParseExact(value.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time);
        check.That(ok, field, "validation.time");
        return ok ? time : null;
    }

    public static string? Url(InputCheck check, string field, string? value)
    {
        check.Optional(field, value, 500);
        if (string.IsNullOrWhiteSpace(value)) return null;
        var ok = Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
        check.That(ok, field, "validation.url");
        return value.Trim();
    }

    public static string? OptionalEmail(InputCheck check, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        check.Email(field, value);
        return value.Trim().ToLowerInvariant();
    }

    public static IReadOnlyList<string> Languages(InputCheck check, string field, IReadOnlyList<string>? values)
    {
        var list = (values ?? []).Select(v => v?.Trim().ToLowerInvariant() ?? "").Where(v => v.Length > 0).Distinct().ToList();
        check.That(list.Count <= MaxListLength, field, "validation.too_many", MaxListLength);
        check.That(list.All(l => LanguageCode().IsMatch(l)), field, "validation.language");
        return list;
    }

    public static IReadOnlyList<TEnum> Choices<TEnum>(InputCheck check, string field, IReadOnlyList<TEnum>? values) where TEnum : struct, Enum
    {
        var list = (values ?? []).Distinct().ToList();
        check.That(list.All(v => Enum.IsDefined(v)), field, "validation.choice");
        return list;
    }

    public static IReadOnlyList<Guid> Ids(InputCheck check, string field, IReadOnlyList<Guid>? values)
    {
        var list = (values ?? []).Where(v => v != Guid.Empty).Distinct().ToList();
        check.That(list.Count <= MaxListLength, field, "validation.too_many", MaxListLength);
        return list;
    }

    public static int? Number(InputCheck check, string field, int? value, int min, int max)
    {
        check.That(value is null || (value >= min && value <= max), field, "validation.range", min, max);
        return value;
    }

    public static Schedule? Schedule(InputCheck check, string field, ScheduleInput? input)
    {
        if (input is null)
        {
            check.That(false, field + ".starts", "validation.required");
            return null;
        }
        var starts = Time(check, field + ".starts", input.Starts, required: true);
        var ends = Time(check, field + ".ends", input.Ends, required: true);
        var days = Choices(check, field + ".days", input.Days);
        var from = Date(check, field + ".from", input.From, required: days.Count > 0);
        var until = Date(check, field + ".until", input.Until);
        var dates = DateList(check, field + ".dates", input.Dates);
        var cancelled = DateList(check, field + ".cancelled", input.Cancelled);
        if (starts is null || ends is null || (days.Count > 0 && from is null) || dates is null || cancelled is null) return null;
        var weekly = days.Count > 0 ? new WeeklyRecurrence(days, from!.Value, until) : null;
        return new Schedule(starts.Value, ends.Value, weekly, dates, cancelled);
    }

    private static IReadOnlyList<DateOnly>? DateList(InputCheck check, string field, IReadOnlyList<string>? values)
    {
        var texts = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (texts.Count > 100) { check.That(false, field, "validation.too_many", 100); return null; }
        var dates = texts.Select(t => Date(check, field, t)).ToList();
        return dates.All(d => d is not null) ? dates.Select(d => d!.Value).ToList() : null;
    }

    /// <summary>"2026-12-22, 2026-12-29" or one per line, as typed in a form.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? "").Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();
}
