using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Platform.Access;

/// <summary>The rule of the one answer: an object of another region is not found, as if it did not exist.</summary>
public static class AccessRules
{
    public static readonly Rule NotFound = new("object.not_found", "No such object.", RuleKind.NotFound);
}
