using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Participatie.Host.Accounts;
using Participatie.Host.Apis;
using Participatie.Host.Data;
using Participatie.Host.DirectLine;
using Participatie.Host.Health;
using Participatie.Host.Pages;
using Participatie.Host.Security;

namespace Participatie.Host.Hosting;

/// <summary>Composition of the web application: what <c>Program.cs</c> calls.</summary>
public static class WebApplicationExtensions
{
    public const string StaffPolicy = "staff";
    public const string LoginRateLimit = "login";

    public static WebApplicationBuilder AddParticipatie(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddParticipatieCore(builder.Configuration);
        services.AddChat(builder.Configuration);
        services.AddAnalyse();
        services.AddHostedService<WorkflowHosting.WorkflowTimerService>();
        services.AddHostedService(sp => sp.GetRequiredService<Taken.TaakBewaking>());
        services.AddHostedService<Regels.RegelsetSynchronisatie>();
        services.AddHostedService<Chat.UitgaandeBerichtenVerzender>();
        services.AddSingleton<Initiatieven.InitiatiefHerstel>();
        services.AddHostedService(sp => sp.GetRequiredService<Initiatieven.InitiatiefHerstel>());
        services.AddProblemDetails();
        services.AddRequestBodyLimits();
        services.AddTrustedProxies();
        services.AddSingleton<LoginLockout>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // Keys live in the data folder so sign-ins and chat tokens survive a restart. Resolved when first
        // used, so configuration added after this point (tests, hosting) still decides the folder.
        services.AddDataProtection().SetApplicationName("Participatie");
        services.AddOptions<KeyManagementOptions>().Configure<DatabaseLocation, ILoggerFactory>((options, location, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(location.DataDirectory, "keys")), loggers));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = StaffSessions.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                // Behind a TLS proxy the request may look like plain HTTP; the cookie must still never travel without TLS.
                // Development (http://localhost) is the one place it may.
                options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/login";
                options.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = StaffSessions.ValidatePrincipalAsync,
                    // The API answers with status codes; only pages redirect to the login form.
                    OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden),
                };
            });

        services.AddScoped<Privacy.InitiatiefToegang>();
        services.AddScoped<Privacy.PersoonsgegevensBeheer>();
        services.AddSingleton<Chat.BerichtSjablonen>();
        services.AddOptions<Chat.BerichtOptions>().Bind(builder.Configuration.GetSection(Chat.BerichtOptions.SectionName));
        services.AddOptions<Privacy.PrivacyOptions>().Bind(builder.Configuration.GetSection(Privacy.PrivacyOptions.SectionName));
        services.AddSingleton<Privacy.BewaartermijnBewaking>();
        services.AddHostedService(sp => sp.GetRequiredService<Privacy.BewaartermijnBewaking>());
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, Privacy.InitiatiefAutorisatie>();
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireRole(StaffRoles.All))
            .AddPolicy(StaffRoles.Beheer, p => p.RequireRole(StaffRoles.Beheer))
            .AddPolicy(StaffRoles.Beleid, p => p.RequireRole(StaffRoles.Beleid, StaffRoles.Beheer))
            .AddPolicy(WorkflowsApi.EditPolicy, p => p.RequireRole(StaffRoles.Afdeling, StaffRoles.Beheer));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // A coarse flood limit per client address. Guessing is stopped by LoginLockout per user name and address, so
            // this one may be generous: staff behind one shared address must not lock each other out by a few typos.
            options.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress.Of(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await scope.ServiceProvider.GetRequiredService<Regels.RegelsetBeheer>().LaadAsync(default);
        var catalog = scope.ServiceProvider.GetRequiredService<WorkflowHosting.WorkflowCatalog>();
        await catalog.EnsurePublishedAsync(default);
        await scope.ServiceProvider.GetRequiredService<Chat.BerichtSjablonen>().KeurMeegeleverdeGoedAsync(
            scope.ServiceProvider.GetRequiredService<Data.ParticipatieDbContext>(), catalog.Directory, default);
    }

    public static WebApplication MapParticipatie(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            // Only on HTTPS responses (also when a trusted proxy says the request was HTTPS); browsers then refuse plain HTTP.
            app.UseHsts();
        }

        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseMiddleware<SameOriginRequests>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCors();
        app.UseRateLimiter();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });

        app.MapHealthChecks("/health");
        app.MapAuthApi();
        app.MapBuurtenApi();
        app.MapAccountsApi();
        app.MapChatTokenApi();
        app.MapWorkflowsApi();
        app.MapAnalyse();
        app.MapTakenApi();
        app.MapInitiatievenApi();
        Privacy.PrivacyApi.MapPrivacyApi(app);
        Privacy.AccountToegangApi.MapAccountToegangApi(app);
        Chat.BerichtSjablonenApi.MapBerichtSjablonenApi(app);
        app.MapProgrammasApi();
        app.MapRegelsApi();
        app.MapDirectLineApi();
        app.MapStaffPages();
        app.MapStaffApp();
        app.MapResidentPages();
        return app;
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int statusCode)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = statusCode;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
