using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Bulletins;

/// <summary>The bulletin rules (issue #18 item 2), each with its stable code and message, declared once.</summary>
public static class BulletinsRules
{
    /// <summary>Another region's bulletin reads the same as one that does not exist.</summary>
    public static readonly Rule NotFound = new("bulletin.not_found", "No such bulletin.", RuleKind.NotFound);
    /// <summary>A bulletin is sent once: the second send (or a change after sending) is refused.</summary>
    public static readonly Rule AlreadySent = new("bulletin.already_sent", "The bulletin has already been sent.", RuleKind.Conflict);
    public static readonly Rule Stale = new("bulletin.stale", "Someone else changed the bulletin after you opened it. Reload and try again.", RuleKind.Conflict);
    public static readonly Rule NoAudience = new("bulletin.no_audience", "Choose at least one audience.", Field: "audiences");
    /// <summary>A group or Perheneuvo team of another region reads as one that does not exist.</summary>
    public static readonly Rule AudienceNotFound = new("bulletin.audience_not_found", "No such group or team.", RuleKind.NotFound);
    /// <summary>After de-duplication and opt-outs nobody is left: nothing is saved or sent.</summary>
    public static readonly Rule NoRecipients = new("bulletin.no_recipients", "Nobody would receive the bulletin: choose other audiences.", Field: "audiences");
    /// <summary>A forged, altered or garbled unsubscribe link.</summary>
    public static readonly Rule UnsubscribeLinkInvalid = new("bulletin.unsubscribe_link_invalid", "The unsubscribe link is not valid.", RuleKind.NotFound);
}
