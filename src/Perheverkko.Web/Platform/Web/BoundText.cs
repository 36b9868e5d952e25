using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// One input rule for every text that reaches the app through model binding (issue #12 item 3): a text with a character
/// <see cref="InputText.HasForbiddenCharacters"/> refuses is refused before any handler runs, so a field no use case checks
/// cannot store it either. The use cases keep their own <see cref="InputCheck"/>; this is the net under them.
/// <list type="bullet">
/// <item>API (<c>/api</c>, <c>/hsds</c>, the <c>.ics</c> feeds): every query value and the path (<see cref="UseQueryTextRule"/>),
/// and every text in the handler's bound arguments, JSON bodies included (<see cref="ApiFilter"/>): 422 ProblemDetails
/// <c>validation.failed</c> with the message of <see cref="Code"/> under the field, as a use case's own check answers.</item>
/// <item>Pages (<see cref="PageFilter"/>): every bound property and handler argument. A form post of a page gets the field
/// message and its use case does not run (<see cref="PerheverkkoPage"/>'s TryAsync): the form comes back as typed.
/// Any other request (a GET's bound query) is a 400 page.</item>
/// </list>
/// Exempt: passwords (hashed, never shown again; refusing one would lock out whoever has such a character in a password
/// set before), a return address (<c>ReturnUrl</c>: the sign-in ignores one that is not a plain local path), files
/// (bytes, not texts) and the antiforgery token (not bound).
/// </summary>
public static class BoundText
{
    /// <summary>The text key of the field message (the same the use cases' InputCheck gives).</summary>
    public const string Code = "validation.control_characters";
    private const string RefusedItem = "perheverkko.bound-text-refused";
    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesOf = new();

    /// <summary>The fields of a value (a text, a collection, one of the app's request records) that hold a refused text.</summary>
    public static List<string> Refused(object? value, string path, bool jsonNames)
    {
        var found = new List<string>();
        Walk(value, path, jsonNames, found, 0);
        return found;
    }

    /// <summary>
    /// The rule: <see cref="InputText.HasForbiddenCharacters"/>, and a lone surrogate (half of a character, which UTF-8
    /// cannot hold: PostgreSQL refuses it and a page or feed would show a replacement character).
    /// </summary>
    public static bool IsRefused(string text)
    {
        if (InputText.HasForbiddenCharacters(text)) return true;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    /// <summary>Whether a field of that name is exempt (see the class).</summary>
    public static bool IsExempt(string name) =>
        name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Equals("returnUrl", StringComparison.OrdinalIgnoreCase);

    private static void Walk(object? value, string path, bool jsonNames, List<string> found, int depth)
    {
        if (value is null || depth > MaxDepth) return;
        switch (value)
        {
            case string text:
                if (IsRefused(text)) found.Add(path);
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key.ToString() ?? "";
                    if (IsRefused(key)) found.Add(path);
                    else Walk(entry.Value, Join(path, key), jsonNames, found, depth + 1);
                }
                return;
            case IEnumerable items when IsWalkable(value.GetType()) || IsFrameworkCollection(value.GetType()):
                var index = 0;
                foreach (var item in items) Walk(item, $"{path}[{index++}]", jsonNames, found, depth + 1);
                return;
        }
        var type = value.GetType();
        if (!IsWalkable(type)) return;
        foreach (var property in PropertiesOf.GetOrAdd(type, Readable))
        {
            if (IsExempt(property.Name) || IsPassword(property)) continue;
            var name = jsonNames ? JsonNamingPolicy.CamelCase.ConvertName(property.Name) : property.Name;
            object? inner;
            try { inner = property.GetValue(value); }
            catch (TargetInvocationException) { continue; }
            Walk(inner, Join(path, name), jsonNames, found, depth + 1);
        }
    }

    /// <summary>Request records and form models: a type of the app (or of a test), never a framework object (a file, a stream, a token).</summary>
    private static bool IsWalkable(Type type) =>
        !type.IsPrimitive && !type.IsEnum && type.Assembly.GetName().Name is { } name
        && !name.StartsWith("System", StringComparison.Ordinal) && !name.StartsWith("Microsoft", StringComparison.Ordinal)
        && name is not ("netstandard" or "mscorlib");

    private static bool IsFrameworkCollection(Type type) =>
        type.IsArray ? type.GetElementType() is { } e && (e == typeof(string) || IsWalkable(e))
        : type.IsGenericType && type.GetGenericArguments().All(a => a == typeof(string) || IsWalkable(a) || a.IsValueType);

    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray();

    private static bool IsPassword(PropertyInfo property) =>
        property.GetCustomAttribute<DataTypeAttribute>()?.DataType == DataType.Password;

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static IResult Problem(IEnumerable<string> fields, Texts texts)
    {
        var message = texts.Get("en", Code);
        // The same answer as a use case's InputCheck gives (422, validation.failed, the message by field): one shape for clients.
        var problem = new HttpValidationProblemDetails(fields.Distinct().ToDictionary(f => f, _ => new[] { message }))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The input is not valid.",
        };
        problem.Extensions[Problems.CodeKey] = InputInvalid.Code;
        return TypedResults.Problem(problem);
    }

    /// <summary>The API's query values and path: refused before routing picks a handler, for every endpoint alike.</summary>
    public static IApplicationBuilder UseQueryTextRule(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (Problems.IsApi(request) || request.Path.Value?.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) == true)
        {
            var fields = request.Query.Where(q => IsRefused(q.Key) || q.Value.Any(v => v is not null && IsRefused(v)))
                .Select(q => IsRefused(q.Key) ? "query" : q.Key).ToList();
            if (request.Path.Value is { } path && IsRefused(path)) fields.Add("path");
            if (fields.Count > 0)
            {
                await Problem(fields, context.RequestServices.GetRequiredService<Texts>()).ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    });

    /// <summary>For the API's route group: every text among the handler's arguments, by parameter and JSON property name.</summary>
    public static EndpointFilterDelegate ApiFilter(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var services = factory.ApplicationServices.GetService<Microsoft.Extensions.DependencyInjection.IServiceProviderIsService>();
        // What the request gave (route, query, body); not the services a handler also takes (use cases, queries).
        var parameters = factory.MethodInfo.GetParameters();
        var names = parameters.Select(p => p.Name ?? "").ToArray();
        var fromRequest = parameters.Select(p => p.ParameterType == typeof(string) || services?.IsService(p.ParameterType) != true
            && p.ParameterType != typeof(HttpContext) && p.ParameterType != typeof(CancellationToken)
            && p.GetCustomAttribute<FromServicesAttribute>() is null).ToArray();
        return async context =>
        {
            var fields = new List<string>();
            for (var i = 0; i < context.Arguments.Count; i++)
            {
                var name = i < names.Length ? names[i] : "";
                if (i < fromRequest.Length && !fromRequest[i] || IsExempt(name)) continue;
                var argument = context.Arguments[i];
                // A body's fields are named as in the JSON (name.fi), a query or route value by its parameter.
                fields.AddRange(Refused(argument, argument is null || argument is string || !IsWalkable(argument.GetType()) || argument is IEnumerable ? name : "", jsonNames: true));
            }
            return fields.Count == 0 ? await next(context) : Problem(fields, context.HttpContext.RequestServices.GetRequiredService<Texts>());
        };
    }

    /// <summary>Whether this form post's fields hold refused texts (their messages are in ModelState): its use case must not run.</summary>
    public static bool WasRefused(HttpContext context) => context.Items.ContainsKey(RefusedItem);

    /// <summary>For every page: the bound properties and handler arguments.</summary>
    public sealed class PageFilter : IAsyncPageFilter
    {
        /// <summary>
        /// A check box posted with a value that is not a truth value ("maybe") stays in ModelState as typed, and the check
        /// box tag helper throws when it shows the form again: such a value is forgotten (the field's error stays).
        /// </summary>
        private static void ForgetUnreadableCheckboxes(PageHandlerExecutingContext context)
        {
            foreach (var (key, entry) in context.ModelState)
            {
                if (entry.Errors.Count == 0 || entry.AttemptedValue is null || bool.TryParse(entry.AttemptedValue, out _)) continue;
                if (PropertyType(context.HandlerInstance.GetType(), key) is { } type && (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool))
                    entry.RawValue = null;
            }
        }

        /// <summary>The type of the bound property a ModelState key names (Input.Items[0].Active), or null.</summary>
        private static Type? PropertyType(Type type, string key)
        {
            Type? current = type;
            foreach (var segment in key.Split('.'))
            {
                var name = segment.Split('[')[0];
                var property = current?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                if (property is null) return null;
                current = property.PropertyType;
                if (segment.Contains('[', StringComparison.Ordinal))
                    current = current.IsArray ? current.GetElementType() : current.IsGenericType ? current.GetGenericArguments()[^1] : null;
            }
            return current;
        }

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            ForgetUnreadableCheckboxes(context);
            var fields = new List<string>();
            foreach (var bound in context.ActionDescriptor.BoundProperties)
            {
                if (IsExempt(bound.Name) || bound is not Microsoft.AspNetCore.Mvc.Infrastructure.IPropertyInfoParameterDescriptor { PropertyInfo: var property }
                    || IsPassword(property)) continue;
                fields.AddRange(Refused(property.GetValue(context.HandlerInstance), bound.BindingInfo?.BinderModelName ?? bound.Name, jsonNames: false));
            }
            foreach (var (name, value) in context.HandlerArguments)
                if (!IsExempt(name)) fields.AddRange(Refused(value, name, jsonNames: false));
            if (fields.Count == 0)
            {
                await next();
                return;
            }
            var texts = context.HttpContext.RequestServices.GetRequiredService<Texts>();
            foreach (var field in fields.Distinct())
                context.ModelState.AddModelError(field, texts[Code]);
            if (context.HandlerInstance is PerheverkkoPage && CrossSiteRequests.IsStateChanging(context.HttpContext.Request.Method))
            {
                context.HttpContext.Items[RefusedItem] = true;
                await next();
                return;
            }
            context.Result = new BadRequestResult();
        }
    }
}
