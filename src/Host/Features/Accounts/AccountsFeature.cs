using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Participatie.Host.Domain;
using Participatie.Host.Security;

namespace Participatie.Host.Features.Accounts;

/// <summary>Staff accounts: sign-in with the session cookie, roles and their policies, account management.</summary>
public static class AccountsFeature
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<StaffAccountService>();
        services.AddSingleton<LoginLockout>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IHostEnvironment>((options, environment) =>
            {
                options.Cookie.Name = StaffSessions.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                // Behind a TLS proxy the request may look like plain HTTP; the cookie must still never travel without TLS.
                // Development (http://localhost) is the one place it may.
                options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
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

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, p => p.RequireRole(StaffRoles.All))
            .AddPolicy(StaffPolicies.Beheer, p => p.RequireRole(StaffRoles.Beheer))
            .AddPolicy(StaffPolicies.Beleid, p => p.RequireRole(StaffRoles.Beleid, StaffRoles.Beheer));

        services.AddRateLimiter(options =>
            // A coarse flood limit per client address. Guessing is stopped by LoginLockout per user name and address, so
            // this one may be generous: staff behind one shared address must not lock each other out by a few typos.
            options.AddPolicy(StaffPolicies.LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress.Of(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        app.MapAuthApi();
        app.MapAccountsApi();
        app.MapAccountToegangApi();
        app.MapStaffPages();
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
