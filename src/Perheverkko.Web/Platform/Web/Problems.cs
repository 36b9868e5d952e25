using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
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
    }

    /// <summary>The API's route group: every endpoint under it maps exceptions to ProblemDetails the same way.</summary>
    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder app, string tag) =>
        app.MapGroup("/api/v1").WithTags(tag).AddEndpointFilter<ApiExceptionFilter>().AddEndpointFilterFactory(BoundText.ApiFilter);

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hsds");

    /// <summary>The API speaks English; field messages come from the same texts the forms use.</summary>
    public static IReadOnlyDictionary<string, string[]> Render(InputInvalid invalid, Texts texts) =>
        invalid.Errors.ToDictionary(e => e.Key, e => e.Value.Select(error =>
            string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.Get("en", error.Key), error.Args)).ToArray());

    public static ProblemDetails For(Exception exception, Texts texts)
    {
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
        var problem = errors is null
            ? new ProblemDetails { Status = status, Title = title }
            : new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value)) { Status = status, Title = title };
        problem.Extensions[CodeKey] = code;
        return problem;
    }

    private sealed class ApiExceptionFilter(Texts texts, ILogger<ApiExceptionFilter> logger) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            try
            {
                return await next(context);
            }
            catch (Exception e) when (e is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
            {
                var problem = For(e, texts);
                if (problem.Status >= 500) logger.LogError(e, "Unhandled exception on {Method} {Path}", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
                return TypedResults.Problem(problem);
            }
        }
    }
}

/// <summary>For pages: a refused action sends an anonymous visitor to sign in and shows a signed-in one the refusal; a missing object is a 404.</summary>
public sealed class PageExceptionFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        switch (executed.Exception)
        {
            case AccessDeniedException denied:
                executed.Result = denied.SignedIn ? new ForbidResult() : new ChallengeResult();
                executed.ExceptionHandled = true;
                break;
            case NotFoundException:
                executed.Result = new NotFoundResult();
                executed.ExceptionHandled = true;
                break;
            // A rule broken where the page did not expect it (e.g. a year out of range in the address, issue #12 item 8):
            // the request's fault, so a 4xx page, never a 500.
            case DomainRuleViolation violation:
                executed.Result = violation.Rule.Kind == RuleKind.NotFound ? new NotFoundResult() : new StatusCodeResult(violation.Rule.Kind == RuleKind.Conflict ? 409 : 400);
                executed.ExceptionHandled = true;
                break;
            case InputInvalid:
                executed.Result = new BadRequestResult();
                executed.ExceptionHandled = true;
                break;
        }
    }
}
