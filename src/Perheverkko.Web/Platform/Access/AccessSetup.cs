using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Platform.Access;

public static class AccessSetup
{
    public const string SmartScheme = "Perheverkko";
    public const string OidcScheme = "oidc";
    /// <summary>Any signed-in staff member: the policy of every /staff page and non-public API endpoint.</summary>
    public const string StaffPolicy = "Staff";
    /// <summary>The rate limit of the sign-in steps (password, second factor): <c>RateLimits__SignInPerMinute</c> per client address.</summary>
    public const string SignInRateLimit = "sign-in";

    public static void AddPerheverkkoAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentityCore<StaffUser>(o =>
            {
                // NIST 800-63B: length over composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // No lock-out: it would let anyone lock out a known address, and it stopped the person's access tokens too.
                // Failed sign-ins are throttled per address and per client instead (Features/Accounts, decision 0038).
                o.Lockout.AllowedForNewUsers = false;
                o.User.RequireUniqueEmail = true;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<PlatformDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            // A request with a bearer token is an API client; anything else uses the sign-in cookie.
            .AddPolicyScheme(SmartScheme, "Cookie or access token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AccessTokens.Scheme : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokens.Scheme, null);
        authentication.AddIdentityCookies();

        var oidc = builder.Configuration.GetSection("Authentication:Oidc");
        if (!string.IsNullOrWhiteSpace(oidc["Authority"]))
        {
            authentication.AddOpenIdConnect(OidcScheme, oidc["DisplayName"] ?? "Organisation sign-in", o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Authority = oidc["Authority"];
                o.ClientId = oidc["ClientId"];
                o.ClientSecret = oidc["ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.CallbackPath = "/sign-in/oidc-callback";
                o.Scope.Add("email");
                o.GetClaimsFromUserInfoEndpoint = true;
                o.RequireHttpsMetadata = oidc.GetValue("RequireHttpsMetadata", !builder.Environment.IsDevelopment());
            });
        }

        // A sign-in cookie is checked against the account's security stamp every minute: a password change or reset
        // (which changes the stamp) ends the person's other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // The check makes the principal anew and would drop how the person signed in: keep amr=mfa (a sign-in with
            // the second factor), which signing an agreement asks for.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                    foreach (var amr in context.CurrentPrincipal?.FindAll("amr") ?? [])
                        if (!identity.HasClaim("amr", amr.Value)) identity.AddClaim(new System.Security.Claims.Claim("amr", amr.Value));
                return Task.CompletedTask;
            };
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "perheverkko.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = Web.CrossSiteRequests.CookiePolicy(builder);
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/staff/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // The API answers 401/403 with ProblemDetails rather than redirecting to a page.
            o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(IsStaff))
            // Secure by default: an endpoint or page that declares nothing is for signed-in staff only.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(IsStaff).Build());
    }

    /// <summary>A staff sign-in names a role, and a region unless it is a national administrator's (<see cref="Actor.From"/>).</summary>
    private static bool IsStaff(AuthorizationHandlerContext context) => Actor.From(context.User) is not null;

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hsds"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
