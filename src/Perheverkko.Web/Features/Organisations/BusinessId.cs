using System.Text.RegularExpressions;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>The Finnish business id (Y-tunnus): seven digits, a hyphen and a check digit (modulo 11).</summary>
public static partial class BusinessId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    public static bool IsValid(string value)
    {
        if (!Shape().IsMatch(value)) return false;
        var sum = 0;
        for (var i = 0; i < 7; i++) sum += (value[i] - '0') * Weights[i];
        var remainder = sum % 11;
        if (remainder == 1) return false;
        var check = remainder == 0 ? 0 : 11 - remainder;
        return value[8] - '0' == check;
    }

    // [0-9], not \d (which takes any Unicode digit), and \z, not $ (which allows a final newline).
    [GeneratedRegex(@"^[0-9]{7}-[0-9]\z")]
    private static partial Regex Shape();
}
