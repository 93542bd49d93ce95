using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Participatie.Host.Data;
using Participatie.Host.Features.Accounts;
using Participatie.Host.Features.Analyse;
using Participatie.Host.Features.Burgerberaad;
using Participatie.Host.Features.Buurtbudget;
using Participatie.Host.Features.Chat;
using Participatie.Host.Features.Gebieden;
using Participatie.Host.Features.Initiatieven;
using Participatie.Host.Features.Privacy;
using Participatie.Host.Features.Programmas;
using Participatie.Host.Features.Regels;
using Participatie.Host.Features.Taken;
using Participatie.Host.Features.Uitdaagrecht;
using Participatie.Host.Features.Uitwisseling;
using Participatie.Host.Features.Werkstromen;
using Participatie.Host.Nodes;
using Participatie.Host.Security;

namespace Participatie.Host.Hosting;

/// <summary>Composition of the web application: what <c>Program.cs</c> calls.</summary>
public static class WebApplicationExtensions
{
    public static WebApplicationBuilder AddParticipatie(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddParticipatieServices(builder.Configuration);
        services.AddProblemDetails();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName);
        services.AddRequestBodyLimits();
        services.AddTrustedProxies();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // Staff cookies and Direct Line tokens are protected with these keys; the app name and purposes stay as they
        // were, so what was issued before keeps working. SQLite (one node): in the data folder, so sign-ins and chat
        // tokens survive a restart. PostgreSQL (several nodes): in the database, so every node reads the same ring.
        // Resolved when first used, so configuration added after this point (tests, hosting) still decides.
        services.AddDataProtection().SetApplicationName("Participatie");
        services.AddOptions<KeyManagementOptions>().Configure<DatabaseLocation, IServiceProvider, ILoggerFactory>((options, location, provider, loggers) =>
            options.XmlRepository = location.IsPostgres
                ? new EntityFrameworkCoreXmlRepository<PostgresParticipatieDbContext>(provider, loggers)
                : new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(location.DataDirectory, "keys")), loggers));

        services.AddRateLimiter(options => options.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        // Nodes that start together on one PostgreSQL database prepare it one after the other: the first migrates,
        // seeds and imports the shipped rules and workflows, the next finds that done.
        await using var start = await StartLockAsync(scope.ServiceProvider.GetRequiredService<INodeLocks>());
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        // Read the catalogue of kinds of help now: an error in it stops the start, not a resident's intake later.
        _ = scope.ServiceProvider.GetRequiredService<HulpsoortCatalogus>();
        await scope.ServiceProvider.GetRequiredService<RegelsetBeheer>().LaadAsync(default);
        var catalog = scope.ServiceProvider.GetRequiredService<WorkflowCatalog>();
        await catalog.EnsurePublishedAsync(default);
        await scope.ServiceProvider.GetRequiredService<BerichtSjablonen>().KeurMeegeleverdeGoedAsync(
            scope.ServiceProvider.GetRequiredService<Data.ParticipatieDbContext>(), catalog.Directory, default);
    }

    private static async Task<IAsyncDisposable> StartLockAsync(INodeLocks locks)
    {
        try
        {
            return await locks.AcquireAsync("start", default);
        }
        catch (Npgsql.PostgresException ex) when (ex.SqlState == Npgsql.PostgresErrorCodes.InvalidCatalogName)
        {
            // The very first start: the database does not exist yet, so there is nothing to lock in; the migration
            // creates it. (Start one node first on a new database.)
            return NoLock.Instance;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or System.Net.Sockets.SocketException or TimeoutException
            || ex.InnerException is System.Data.Common.DbException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new DatabaseUnavailableException($"De database kon niet worden geopend: {ex.Message}", ex);
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
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
        app.MapAccounts();
        app.MapPrivacy();
        app.MapGebieden();
        app.MapWerkstromen();
        app.MapRegels();
        app.MapTaken();
        app.MapInitiatieven();
        app.MapProgrammas();
        app.MapBuurtbudget();
        app.MapBurgerberaad();
        app.MapChat();
        app.MapAnalyse();
        app.MapUitdaagrecht();
        app.MapUitwisseling();
        app.MapStaffApp();
        return app;
    }
}
