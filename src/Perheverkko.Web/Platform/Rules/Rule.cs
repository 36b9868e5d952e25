namespace Perheverkko.Web.Platform.Rules;

public enum RuleKind
{
    /// <summary>The request is well-formed but breaks a rule of the domain: 422.</summary>
    Unprocessable,
    /// <summary>The request conflicts with the current state (stale version, duplicate): 409.</summary>
    Conflict,
    /// <summary>The object does not exist (or the caller may not know it does): 404.</summary>
    NotFound,
}

/// <summary>
/// A rule with a stable code (clients and tests rely on it) and a message for people. A rule about one input
/// names its <paramref name="Field"/>, so a form shows the message next to that field.
/// </summary>
public sealed record Rule(string Code, string Message, RuleKind Kind = RuleKind.Unprocessable, string? Field = null);

/// <summary>The one exception a broken domain rule raises; one mapper turns it into ProblemDetails or form errors.</summary>
public class DomainRuleViolation(Rule rule) : Exception(rule.Message)
{
    public Rule Rule { get; } = rule;
}

public sealed class NotFoundException(Rule rule) : DomainRuleViolation(rule);

/// <summary>Input that fails validation (required, length, format): field → errors, as text keys.</summary>
public sealed class InputInvalid(IReadOnlyDictionary<string, IReadOnlyList<FieldError>> errors) : Exception("The input is not valid.")
{
    public const string Code = "validation.failed";
    public IReadOnlyDictionary<string, IReadOnlyList<FieldError>> Errors { get; } = errors;

    public static InputInvalid For(string field, string key, params object[] args) =>
        new(new Dictionary<string, IReadOnlyList<FieldError>> { [field] = [new FieldError(key, args)] });
}

public static class RuleCheck
{
    public static void That(bool condition, Rule rule)
    {
        if (!condition) throw rule.Kind == RuleKind.NotFound ? new NotFoundException(rule) : new DomainRuleViolation(rule);
    }
}
