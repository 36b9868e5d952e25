using Perheverkko.Web.Platform.Access;

namespace Perheverkko.UnitTests.Platform.Access;

/// <summary>The catalogue as text: one line per action, "Action: rule; rule", in the order of <see cref="StaffAction"/>.</summary>
internal static class CatalogueText
{
    public static string Render() => string.Join('\n', Enum.GetValues<StaffAction>().Select(Line));

    public static string Line(StaffAction action) =>
        $"{action}: {(AccessCatalogue.Rules.TryGetValue(action, out var rules) ? string.Join("; ", rules.Select(r => r.ToString())) : "")}";
}
