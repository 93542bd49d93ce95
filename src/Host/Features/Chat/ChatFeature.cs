using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Participatie.Bot;
using Participatie.Host.Features.Chat.DirectLine;
using Participatie.Host.Security;
using Participatie.Workflows;

namespace Participatie.Host.Features.Chat;

/// <summary>The resident chat: bot runtime over the database, Direct Line endpoints, tokens and their limits.</summary>
public static class ChatFeature
{
    public const string CorsPolicy = "chat-embed";

    public static IServiceCollection AddChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName));
        services.AddOptions<SecurityHeadersOptions>().Configure<IOptions<DirectLineOptions>>((headers, directLine) =>
            headers.ChatFrameOrigins = directLine.Value.AllowedOrigins);
        services.AddOptions<BerichtOptions>().Bind(configuration.GetSection(BerichtOptions.SectionName));
        services.AddSingleton<ConversationStreamHub>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineUploads>();
        services.AddBot<EfBotStorage, ParticipatieDiensten>(onTurnError: (sp, exception, activity) =>
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Participatie.Bot")
                .LogError(exception, "Bot turn failed in conversation {ConversationId}", activity.Conversation?.Id));
        services.AddSingleton<ChatTurnRunner>();
        services.AddSingleton<ResidentNotifier>();
        services.AddSingleton<UitgaandeBerichten>();
        services.AddSingleton<BerichtSjablonen>();
        services.AddWorkflowActivity<NotifyResident>();
        // Messages written in a workflow step's transaction go out after it commits (the outbox).
        services.AddHostedService<UitgaandeBerichtenVerzender>();
        // Votes and letters' codes typed in the chat do not outlive their delivery.

        // A municipal site on its own domain embeds the chat: only the origins named in configuration may call in
        // (the same list decides who may frame /chat: SecurityHeaders).
        var origins = configuration.GetSection("DirectLine:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod();
            }
        }));

        services.AddRateLimiter(options =>
        {
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    context.HttpContext.Response.Headers.RetryAfter = "1";
                }

                return ValueTask.CompletedTask;
            };

            // Per conversation (or, before there is one, per client address): a client polling every second never notices.
            // The municipal back end holding the secret is trusted and not limited.
            options.AddPolicy(DirectLineApi.RateLimitPolicy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
                var bearer = DirectLineApi.ReadBearer(context.Request);
                if (context.RequestServices.GetRequiredService<DirectLineTokenService>().IsSecret(bearer))
                {
                    return RateLimitPartition.GetNoLimiter("secret");
                }

                var key = context.Request.RouteValues.TryGetValue("conversationId", out var id) && id is string conversationId
                    ? "c:" + conversationId
                    : bearer is not null ? "t:" + bearer : "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.RequestBurst,
                    TokensPerPeriod = settings.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                });
            });

            options.AddPolicy(ChatTokenApi.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapChat(this IEndpointRouteBuilder app)
    {
        app.MapChatTokenApi();
        app.MapDirectLineApi();
        app.MapBerichtSjablonenApi();
        app.MapResidentPages();
        return app;
    }
}
