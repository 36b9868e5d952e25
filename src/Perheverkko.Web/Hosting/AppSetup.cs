using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Json;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Features.ActionPlans;
using Perheverkko.Web.Features.YearClock;
using Perheverkko.Web.Features.Administration;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Features.Bulletins;
using Perheverkko.Web.Features.Announcements;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Features.Indicators;
using Perheverkko.Web.Features.Agreements.Signing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Directory.Hsds;
using Perheverkko.Web.Features.Evaluations;
using Perheverkko.Web.Features.FamilySurvey;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Materials;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Ptv;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Privacy;
using Perheverkko.Web.Platform.Protection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perheverkko.Web.Platform.Search;
using Perheverkko.Web.Platform.Telemetry;
using Perheverkko.Web.Platform.Tenancy;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Hosting;

/// <summary>The composition root: <c>builder.AddPerheverkko(); app.MapPerheverkko();</c></summary>
public static class AppSetup
{

    public static WebApplicationBuilder AddPerheverkko(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        if (!builder.Environment.IsDevelopment() && configuration["Logging:Format"] != "text")
            builder.Logging.ClearProviders().AddJsonConsole(o => o.UseUtcTimestamp = true);

        services.AddSingleton(TimeProvider.System);
        builder.AddPerheverkkoDatabase();
        builder.AddPerheverkkoAccess();
        // Keys in the database, so every instance behind a load balancer reads the same cookies and tokens.
        var dataProtection = services.AddDataProtection().SetApplicationName("Perheverkko");
        if (!OpenApiGeneration.IsRunning) dataProtection.PersistKeysToDbContext<PerheverkkoDb>();
        ProtectKeys(dataProtection, configuration.GetSection("DataProtection:Certificate"));

        // Made now, not on first use: Production without a content key stops here, at start, with the reason.
        // The build's OpenAPI run seals nothing: a throwaway key.
        services.AddSingleton(OpenApiGeneration.IsRunning ? new ContentProtector(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))
            : ContentProtector.FromConfiguration(configuration, builder.Environment));
        services.AddScoped<AuditLog>();
        services.AddScoped<AccessControl>();
        services.AddHttpContextAccessor();
        services.AddSingleton<CurrentRegion>();
        foreach (var source in typeof(AppSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRelationshipSource).IsAssignableFrom(t)))
            services.AddScoped(typeof(IRelationshipSource), source);
        foreach (var people in typeof(AppSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPeopleByAddress).IsAssignableFrom(t)))
            services.AddScoped(typeof(IPeopleByAddress), people);
        foreach (var register in PersonalDataRegister.TypesIn(typeof(AppSetup).Assembly)) services.AddSingleton(typeof(IPersonalDataRegister), register);
        services.AddSingleton<PersonalDataRegister>();
        services.AddScoped<Outbox>();
        services.AddSingleton<PublicAddress>();
        AddUseCases(services);

        services.AddSingleton(configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions());
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<MailOptions>().Delivery == MailDelivery.Smtp
            ? new SmtpMailTransport(sp.GetRequiredService<MailOptions>())
            : new PickupFolderMailTransport(sp.GetRequiredService<MailOptions>(), sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp =>
        {
            var analyser = TextAnalyser.FromConfiguration(configuration);
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SearchIndex)).LogInformation("Search analyses Finnish with {Analyser}", analyser.Description);
            return analyser;
        });
        services.AddScoped<SearchIndex>();
        services.AddScoped<SearchReindex>();
        foreach (var source in typeof(AppSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISearchSource).IsAssignableFrom(t)))
            services.AddScoped(typeof(ISearchSource), source);
        // The staff desk's sources (issue #13 item 5), one per feature, found as the search sources are: a new item is a new file.
        foreach (var source in typeof(AppSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Features.Home.IStaffDeskSource).IsAssignableFrom(t))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
            services.AddScoped(typeof(Features.Home.IStaffDeskSource), source);
        services.AddScoped<DirectorySearchDocuments>();
        services.AddScoped<DirectoryCommit>();
        services.AddScoped<MaterialAccess>();
        services.AddScoped<MaterialCommit>();
        services.AddScoped<IActivityPublishCheck>(sp => sp.GetRequiredService<ActivityPeopleQueries>());
        services.AddScoped<ISitemapSource, AnnouncementSitemap>();
        services.AddScoped<DatabaseStatistics>();
        services.AddScoped<Features.Accounts.SignInThrottling>();
        services.AddScoped<Features.Accounts.SecondFactorCodes>();
        services.AddScoped<Features.Accounts.PasswordResetLinks>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<SigningReminders>();
        services.AddScoped<SigningCertificate>();
        // The year cycle's action plan and year clock (issue #17 items 1, 2).
        services.AddScoped<Features.AnnualReports.IAnnualReportSource, Features.ActionPlans.ActionPlanReportSection>();
        // The year cycle's municipal evaluation and family survey (issue 17 items 3 and 4): their report sections and year-end
        // deletions; the evaluation form lists the action plan's goals through IEvaluationGoalSource.
        services.AddScoped<Features.Evaluations.IEvaluationGoalSource, Features.ActionPlans.ActionPlanEvaluationGoals>();
        services.AddScoped<Features.AnnualReports.IAnnualReportSource, Features.Evaluations.EvaluationsReportSection>();
        services.AddScoped<Features.AnnualReports.IYearEndDeletion, Features.Evaluations.EvaluationDraftNarratives>();
        services.AddScoped<Features.AnnualReports.IAnnualReportSource, Features.FamilySurvey.SurveyReportSection>();
        services.AddScoped<Features.AnnualReports.IYearEndDeletion, Features.FamilySurvey.SurveyFreeTextDeletion>();
        services.AddScoped<Features.YearClock.IYearClockSource, Features.Evaluations.EvaluationYearClockSource>();
        services.AddScoped<Features.YearClock.IYearClockSource, Features.FamilySurvey.SurveyYearClockSource>();
        // Every job is found by its interface, as use cases are by name: a new job is a new file.
        foreach (var job in typeof(AppSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IScheduledJob).IsAssignableFrom(t)))
        {
            services.TryAddScoped(job);
            services.AddScoped(typeof(IScheduledJob), sp => sp.GetRequiredService(job));
        }
        services.AddSingleton(configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions());
        // The sealed audit trail (issue #12, decision 0037).
        services.AddSingleton(configuration.GetSection(Platform.Audit.AuditSealOptions.Section).Get<Platform.Audit.AuditSealOptions>() ?? new Platform.Audit.AuditSealOptions());
        services.AddSingleton<Platform.Audit.AuditSealFile>();
        services.AddScoped<Platform.Audit.AuditTrailVerifier>();
        services.AddSingleton<JobRunner>();
        // Metrics (issue #14 item 5): exported only when configured (docs/operations.md).
        builder.AddPerheverkkoMetrics();
        // The year cycle's indicators and annual report (issue #17 items 5–7).
        services.AddSingleton(configuration.GetSection(Features.Indicators.IndicatorOptions.Section).Get<Features.Indicators.IndicatorOptions>() ?? new Features.Indicators.IndicatorOptions());
        services.AddHttpClient<Features.Indicators.SotkanetClient>(c => c.Timeout = TimeSpan.FromSeconds(60));
        services.AddScoped<Features.AnnualReports.AnnualReportCompiler>();
        services.AddScoped<Features.AnnualReports.IAnnualReportSource, Features.Indicators.IndicatorReportSource>();
        services.AddScoped<Features.AnnualReports.IAnnualReportSource, Features.Organisations.PartiesReportSection>();
        services.AddScoped<Features.AnnualReports.IAnnualReportSource, Features.Governance.GovernanceReportSection>();
        services.AddScoped<Features.AnnualReports.IAnnualReportSource, Features.Directory.DirectoryReportSection>();
        services.AddScoped<Features.AnnualReports.IAnnualReportSource, Features.FamilyAdvice.PerheneuvoReportSection>();
        // The national service catalogue PTV (issue #19): the clients and their settings.
        services.AddSingleton(configuration.GetSection(Features.Ptv.PtvOptions.Section).Get<Features.Ptv.PtvOptions>() ?? new Features.Ptv.PtvOptions());
        services.AddHttpClient<Features.Ptv.PtvOpenApiClient>(c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<Features.Ptv.PtvImportPlanner>();
        services.AddHttpClient<Features.Ptv.PtvInputClient>(c => c.Timeout = TimeSpan.FromSeconds(60));
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        // What instances keep in memory follows the recorded changes (decision 0042); subscribers are found by their interface.
        services.AddSingleton(configuration.GetSection(Platform.Changes.ChangeFeedOptions.Section).Get<Platform.Changes.ChangeFeedOptions>() ?? new Platform.Changes.ChangeFeedOptions());
        services.AddSingleton<Platform.Changes.ChangeFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<Platform.Changes.ChangeFeed>());
        foreach (var subscriber in typeof(AppSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Platform.Changes.IDataChangeSubscriber).IsAssignableFrom(t)))
        {
            services.AddSingleton(subscriber);
            services.AddSingleton(typeof(Platform.Changes.IDataChangeSubscriber), sp => sp.GetRequiredService(subscriber));
        }
        // The directory's search catalogue loads in the background at start (decision 0042).
        services.AddHostedService(sp => sp.GetRequiredService<DirectoryCatalogue>());

        Texts.AddPerheverkkoLocalization(services);
        services.AddPerheverkkoProblems();
        services.AddOpenDataCors();
        services.AddPublicPageCache(configuration);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            // A number is a JSON number. The web defaults also read "5" as 5, which the OpenAPI document then had to
            // declare as `type: [integer, string]` with a pattern for every number, and a generated client could not
            // type such a field (issue #14 item 3). Strict reading makes the document say plainly `integer`.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddPerheverkkoOpenApi();

        // Finnish and Swedish letters as themselves in pages, not as &#xE4; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.ConfigureFilter(new PageExceptionFilter());
            o.Conventions.ConfigureFilter(new BoundText.PageFilter());
            o.Conventions.AuthorizeFolder("/", AccessSetup.StaffPolicy);
            o.Conventions.AddRegionAddresses();
            o.Conventions.AddAnnouncementAddresses();
            o.Conventions.AddFamilySurveyAddresses();
            o.Conventions.AddAnnualReportAddresses();
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "perheverkko.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__csrf";
            // An API call from a signed-in page carries the token in this header (CrossSiteRequests); forms carry it in the field.
            o.HeaderName = CrossSiteRequests.HeaderName;
            o.Cookie.SecurePolicy = CrossSiteRequests.CookiePolicy(builder);
        });
        // /health/ready is readiness (the database answers and the directory catalogue is loaded: send traffic here);
        // /health is the database alone; /health/live is liveness (the process answers: do not restart it because the
        // database is away for a moment). See docs/operations.md.
        services.AddHealthChecks().AddDbContextCheck<PerheverkkoDb>("database").AddCheck<DirectoryCatalogueHealthCheck>("directory-catalogue", tags: [DirectoryCatalogueHealthCheck.ReadinessTag]);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var perMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
            o.AddPolicy(AccessSetup.SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            var verifyPerMinute = configuration.GetValue("RateLimits:VerifyPerMinute", 20);
            o.AddPolicy(SigningApi.VerifyRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = verifyPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Public forms count submissions only: reading the form is free, sending it is limited per client address.
            var publicFormPerMinute = configuration.GetValue("RateLimits:PublicFormPerMinute", 5);
            o.AddPolicy(PublicForms.RateLimit, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = publicFormPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.Configure<ForwardedHeadersOptions>(o => TrustedProxies.Configure(o, configuration.GetSection(TrustedProxies.Section)));
        return builder;
    }

    /// <summary>Use cases and queries are plain classes found by name: <c>VerbNoun</c> handlers, <c>*Queries</c>, seeders.</summary>
    private static void AddUseCases(IServiceCollection services)
    {
        var types = typeof(AppSetup).Assembly.GetTypes().Where(t =>
            t is { IsClass: true, IsAbstract: false, IsNested: false } && t.Namespace?.StartsWith("Perheverkko.Web.Features", StringComparison.Ordinal) == true &&
            (t.GetMethod("HandleAsync") is not null || t.Name.EndsWith("Queries", StringComparison.Ordinal) ||
             t.Name.EndsWith("Seeder", StringComparison.Ordinal) || t == typeof(DemoData)));
        foreach (var type in types) services.AddScoped(type);
    }

    /// <summary>
    /// With a certificate (a PFX file and its password), the keys are encrypted with it before they reach the database.
    /// Without one they are stored as they are, said so explicitly: whoever can read the database can read all the data
    /// the keys protect sessions for anyway, so the database is the boundary (docs/decisions/0023-code-layout.md).
    /// </summary>
    private static void ProtectKeys(IDataProtectionBuilder dataProtection, IConfigurationSection certificate)
    {
        if (certificate["Path"] is { Length: > 0 } path)
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, certificate["Password"]));
        else
            dataProtection.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new NullXmlEncryptor());
    }

    public static WebApplication MapPerheverkko(this WebApplication app)
    {
        // Production without PublicUrl stops here, at start, with the reason: every e-mail's links start with it.
        if (!OpenApiGeneration.IsRunning) PublicAddress.RequireAtStart(app.Configuration, app.Environment);
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/error");
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        app.UseWhen(c => Problems.IsApi(c.Request), api => api.UseStatusCodePages());
        app.UseWhen(c => !Problems.IsApi(c.Request), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseQueryTextRule();
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseCrossSiteRequestGuard();
        app.UseAuthorization();
        app.UseAntiforgery();
        // After authentication (a signed-in request is never served from the cache), localization (the language is part
        // of the key) and CORS (its headers are added to a cached answer as to a fresh one).
        app.UseOutputCache();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // Live: the process serves. Healthy: and its database answers. Ready: and it can search (the catalogue is loaded).
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
            { Predicate = check => !check.Tags.Contains(DirectoryCatalogueHealthCheck.ReadinessTag) }).AllowAnonymous();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapMetrics();
        if (app.Configuration.GetValue<bool>("Bench:BareEndpoint"))
            app.MapGet("/bench/bare", () => "ok").AllowAnonymous().ExcludeFromDescription();
        app.MapOrganisationsApi();
        app.MapRegionsApi();
        app.MapGovernanceApi();
        app.MapFamilyAdviceApi();
        app.MapWorkforceApi();
        app.MapBulletinsApi();
        app.MapAnnouncementsApi();
        app.MapMaterialsApi();
        app.MapAgreementsApi();
        app.MapDirectoryApi();
        app.MapDirectoryFeeds();
        app.MapAccountsApi();
        app.MapAdministrationApi();
        app.MapSigningApi();
        app.MapHsdsApi();
        app.MapActionPlansApi();
        app.MapYearClockApi();
        app.MapEvaluationsApi();
        app.MapFamilySurveyApi();
        app.MapIndicatorsApi();
        app.MapAnnualReportsApi();
        app.MapPtvApi();
        app.MapRazorPages();
        // An address nobody mapped is a 404 for everyone: without this, the fallback authorization policy would
        // send an anonymous visitor to sign in for a page that does not exist.
        // A plain RequestDelegate: the compile-time request delegate generator would map a lambda handler to its own
        // default pattern ({*path:nonfile}) and so miss addresses that look like files.
        app.MapFallback("{**path}", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
