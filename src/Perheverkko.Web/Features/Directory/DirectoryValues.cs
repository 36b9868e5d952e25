using System.Text.Json;
using System.Text.Json.Serialization;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory;

/// <summary>Every directory item starts as a draft; only published items are public; archived ones are kept but hidden.</summary>
public enum PublicationState
{
    Draft,
    Published,
    Archived,
}

/// <summary>The five things a central meeting place offers (003 §2.2); a smaller place has some of them.</summary>
public enum CentralOffer
{
    OpenActivity,
    PeerSupport,
    EarlySupport,
    /// <summary>Perheneuvoverkoston kotipesä: one number and an e-service for the whole network.</summary>
    PerheneuvoBase,
    Services,
}

public enum ActivityKind
{
    OpenActivity,
    PeerGroup,
    ProfessionalGroup,
    Event,
}

/// <summary>The service levels of 003 §3: universal, basic social and health, specialised, and by who provides it.</summary>
public enum ServiceLevel
{
    Universal,
    BasicSocial,
    BasicHealth,
    Specialised,
    Municipal,
    Ngo,
    Parish,
    Company,
}

/// <summary>Who an activity or service is for, besides its age range.</summary>
public enum Audience
{
    Families,
    Parents,
    Children,
    Youth,
    ExpectingFamilies,
    Fathers,
}

public enum Topic
{
    OpenMeeting,
    Parenting,
    Relationships,
    Separation,
    Pregnancy,
    BabyCare,
    ChildDevelopment,
    Health,
    MentalHealth,
    Violence,
    Multicultural,
    Leisure,
    Guidance,
}

/// <summary>Opening hours on one weekday, in Finnish time.</summary>
public sealed record WeeklyOpening(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

/// <summary>
/// Days that differ from the weekly pattern: closed (no times) or open at other hours, with a note in Finnish, Swedish and
/// English ("joulutauko", "jullov", "Christmas break"; a page shows its own language's, else the Finnish one).
/// </summary>
public sealed record OpeningException(DateOnly From, DateOnly To, TimeOnly? Opens, TimeOnly? Closes,
    [property: JsonConverter(typeof(ClosureNoteJson))] LocalizedText? Note)
{
    public bool Closed => Opens is null;
}

/// <summary>
/// A note as JSON: an object of its languages. Notes stored before they had languages (issue #13 item 8) are a single
/// string, read as the Finnish note, so the rows already in the opening-hours column need no rewriting.
/// </summary>
public sealed class ClosureNoteJson : JsonConverter<LocalizedText>
{
    public override LocalizedText? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString() is { Length: > 0 } text ? new LocalizedText(text) : null,
        _ => JsonSerializer.Deserialize<LocalizedText>(ref reader, options),
    };

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}

/// <summary>Every week on <see cref="Days"/> from <see cref="From"/>, until <see cref="Until"/> when given.</summary>
public sealed record WeeklyRecurrence(IReadOnlyList<DayOfWeek> Days, DateOnly From, DateOnly? Until);

/// <summary>
/// When an activity takes place, in Finnish time: a weekly recurrence or single dates (or both), from
/// <see cref="Starts"/> to <see cref="Ends"/> on each day, minus the <see cref="Cancelled"/> dates.
/// </summary>
public sealed record Schedule(TimeOnly Starts, TimeOnly Ends, WeeklyRecurrence? Weekly, IReadOnlyList<DateOnly> Dates, IReadOnlyList<DateOnly> Cancelled)
{
    public static Schedule Once(DateOnly date, TimeOnly starts, TimeOnly ends) => new(starts, ends, null, [date], []);

    public static Schedule EveryWeek(DateOnly from, DateOnly? until, TimeOnly starts, TimeOnly ends, params DayOfWeek[] days) =>
        new(starts, ends, new WeeklyRecurrence(days, from, until), [], []);

    /// <summary>The first day anything can happen (for listing and filtering in SQL).</summary>
    public DateOnly FirstDate => new[] { Weekly?.From }.Concat(Dates.Select(d => (DateOnly?)d)).Where(d => d is not null).Min() ?? DateOnly.MinValue;

    /// <summary>The last day anything can happen; null when it recurs without an end.</summary>
    public DateOnly? LastDate => Weekly is { Until: null } ? null
        : new[] { Weekly?.Until }.Concat(Dates.Select(d => (DateOnly?)d)).Where(d => d is not null).Max();

    /// <summary>Weekdays as bits (Monday 1 … Sunday 64), so "on Tuesdays" is a filter in SQL.</summary>
    public int DayMask => (Weekly?.Days ?? []).Concat(Dates.Select(d => d.DayOfWeek)).Aggregate(0, (mask, day) => mask | DayBit(day));

    public static int DayBit(DayOfWeek day) => 1 << (((int)day + 6) % 7);
}

/// <summary>Lists kept in one text column, delimited so that "has this value" is a LIKE in SQL on both databases: ",fi,sv,".</summary>
public static class Tags
{
    public static string Join<T>(IEnumerable<T> values) where T : notnull
    {
        var list = values.Select(v => v.ToString()!).Distinct().ToList();
        return list.Count == 0 ? "" : "," + string.Join(',', list) + ",";
    }

    public static string Marker(string value) => "," + value + ",";

    public static IReadOnlyList<string> Split(string? tags) => (tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static IReadOnlyList<TEnum> SplitEnum<TEnum>(string? tags) where TEnum : struct, Enum =>
        Split(tags).Select(t => Enum.TryParse<TEnum>(t, out var v) ? (TEnum?)v : null).OfType<TEnum>().ToList();
}

/// <summary>The JSON form of the structured values stored in one column (opening hours, schedules).</summary>
public static class DirectoryJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}

/// <summary>Finland's extent (with a margin for the Åland islands and the eastern border), for refusing coordinates that cannot be here.</summary>
public static class FinlandBounds
{
    public const double MinLatitude = 59.45, MaxLatitude = 70.1, MinLongitude = 19.0, MaxLongitude = 31.6;

    public static bool Contains(double latitude, double longitude) =>
        latitude is >= MinLatitude and <= MaxLatitude && longitude is >= MinLongitude and <= MaxLongitude;
}
