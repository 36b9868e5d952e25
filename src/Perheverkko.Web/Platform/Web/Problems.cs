using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// Every error of the API is ProblemDetails with a stable <c>code</c>. Rules and validation map here, once;
/// anything unexpected becomes a 500 without details (the log has them, the client does not).
/// </summary>
public static class Problems
{
    public const string CodeKey = "code";

    public static string DefaultCode(int status) => status switch
    {
        400 => "request.malformed",
        401 => "auth.required",
        403 => "access.denied",
        404 => "not_found",
        405 => "request.method_not_allowed",
        409 => "conflict",
        413 => "request.too_large",
        415 => "request.unsupported_media_type",
        422 => InputInvalid.Code,
        429 => "rate_limited",
        _ => status >= 500 ? "server.error" : "request.failed",
    };

    public static void AddPerheverkkoProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Extensions.TryAdd(CodeKey, DefaultCode(status));
            context.ProblemDetails.Extensions.Remove("traceId");
            context.ProblemDetails.Instance = null;
            if (status >= 500) context.ProblemDetails.Detail = null;
        });
        services.AddExceptionHandler<ExceptionMapper>();
    }

    /// <summary>The API speaks English; field messages come from the same texts the forms use.</summary>
    public static IReadOnlyDictionary<string, string[]> Render(InputInvalid invalid, Texts texts) =>
        invalid.Errors.ToDictionary(e => e.Key, e => e.Value.Select(error =>
            string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.Get("en", error.Key), error.Args)).ToArray());

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hsds");

    /// <summary>Maps known exceptions of the domain and of the framework to ProblemDetails (API) or a challenge (pages).</summary>
    private sealed class ExceptionMapper(IProblemDetailsService problems, Texts texts, ILogger<ExceptionMapper> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is AccessDeniedException denied && !IsApi(http.Request))
            {
                if (denied.SignedIn) await http.ForbidAsync(); else await http.ChallengeAsync();
                return true;
            }
            if (!IsApi(http.Request)) return false;

            var (status, code, title, errors) = exception switch
            {
                InputInvalid invalid => (422, InputInvalid.Code, "The input is not valid.", Render(invalid, texts)),
                NotFoundException notFound => (404, notFound.Rule.Code, notFound.Rule.Message, null),
                DomainRuleViolation violation => (violation.Rule.Kind == RuleKind.Conflict ? 409 : 422, violation.Rule.Code, violation.Rule.Message, null),
                AccessDeniedException { SignedIn: false } => (401, "auth.required", "Sign in or send a valid access token.", null),
                AccessDeniedException => (403, "access.denied", "You may not do this.", null),
                DbUpdateConcurrencyException => (409, "concurrency.conflict", "Someone else changed this at the same time. Reload and try again.", null),
                BadHttpRequestException bad => (bad.StatusCode, DefaultCode(bad.StatusCode), "The request could not be read.", null),
                _ => (500, "server.error", "Something went wrong on our side.", (IReadOnlyDictionary<string, string[]>?)null),
            };
            if (status >= 500) logger.LogError(exception, "Unhandled exception on {Path}", http.Request.Path);

            http.Response.StatusCode = status;
            var problem = errors is null
                ? new ProblemDetails { Status = status, Title = title }
                : new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value)) { Status = status, Title = title };
            problem.Extensions[CodeKey] = code;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
        }
    }
}
