using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// The base of every page: the actor, the texts, and one way to run a use case from a form so that validation
/// errors land next to their fields and broken rules at the top of the form — in the user's language.
/// </summary>
public abstract class PerheverkkoPage : PageModel
{
    protected Actor? Actor => HttpContext.Actor();

    protected Texts T => HttpContext.RequestServices.GetRequiredService<Texts>();

    /// <returns>True when the use case ran; false when its errors are now in ModelState.</returns>
    protected async Task<bool> TryAsync(Func<Task> useCase, string prefix = "Input")
    {
        // The shared input rule refused a field of this post (BoundText): its message is next to the field already.
        if (BoundText.WasRefused(HttpContext)) return false;
        try
        {
            await useCase();
            return true;
        }
        catch (InputInvalid invalid)
        {
            foreach (var (field, errors) in invalid.Errors)
            foreach (var error in errors)
                ModelState.AddModelError(FieldName(prefix, field), string.Format(CultureInfo.CurrentCulture, T[error.Key], error.Args));
            return false;
        }
        catch (DomainRuleViolation violation)
        {
            var rule = violation.Rule;
            ModelState.AddModelError(rule.Field is null ? string.Empty : FieldName(prefix, rule.Field), RuleMessage(rule));
            return false;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, T["rule.concurrency.conflict"]);
            return false;
        }
    }

    /// <summary>
    /// The form's errors as one message, cleared from the form: for a second action on a page (e.g. a PTV export beside
    /// an edit form), whose errors belong to its own section and not to the form's fields.
    /// </summary>
    protected string TakeModelErrors()
    {
        var error = string.Join(" ", ModelState.Values.SelectMany(m => m.Errors).Select(e => e.ErrorMessage));
        ModelState.Clear();
        return error;
    }

    protected string RuleMessage(Rule rule)
    {
        var key = "rule." + rule.Code;
        var text = T[key];
        return text == key ? rule.Message : text;
    }

    /// <summary>"name.fi" from a use case is "Input.Name.Fi" on a form.</summary>
    public static string FieldName(string prefix, string field) =>
        string.Join('.', new[] { prefix }.Concat(field.Split('.').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..])).Where(p => p.Length > 0));
}
