namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// The second step before an irreversible action (issue #13 item 3), the one way every page asks: the action's button
/// posts without <c>confirmed</c>; the handler re-renders the page with this step instead of acting; the step says what
/// will happen and posts the same handler again with <c>confirmed=true</c>. Plain forms, so it works without JavaScript;
/// <see cref="Fields"/> carries what the person typed into the first post so nothing typed is lost on the way.
/// Rendered by <c>Features/Shared/_ConfirmStep.cshtml</c>.
/// </summary>
/// <param name="Handler">The page handler that acts, e.g. "Cancel" for OnPostCancelAsync.</param>
/// <param name="Question">What is about to happen, as a question: "Cancel the meeting of 12.3.2027?"</param>
/// <param name="Consequences">What follows, one sentence each: who is e-mailed, what can no longer be changed.</param>
/// <param name="ConfirmLabel">The button that acts, naming the act: "Yes, cancel the meeting".</param>
/// <param name="CancelHref">Where "Cancel" goes back to: the page itself, without acting.</param>
public sealed record ConfirmStep(string Handler, string Question, IReadOnlyList<string> Consequences, string ConfirmLabel, string CancelHref)
{
    /// <summary>Route values of the handler (e.g. the item's id), as on the first form.</summary>
    public IReadOnlyDictionary<string, string> RouteValues { get; init; } = new Dictionary<string, string>();

    /// <summary>Form fields to post again unchanged (name → value), e.g. a typed reason or date.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Fields { get; init; } = [];

    /// <summary>The form field that says the person has confirmed.</summary>
    public const string ConfirmedField = "confirmed";
}
