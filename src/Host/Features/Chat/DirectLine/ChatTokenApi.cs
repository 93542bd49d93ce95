using Microsoft.AspNetCore.Http.HttpResults;
using Participatie.Host.Features.Chat;

namespace Participatie.Host.Features.Chat.DirectLine;

/// <summary>
/// <c>POST /api/chat/token</c>: a short-lived Direct Line token for an anonymous resident, bound to a new
/// conversation, so the /chat page needs no secret. Rate-limited per client address.
/// </summary>
public static class ChatTokenApi
{
    public const string RateLimitPolicy = "chat-token";

    public static RouteHandlerBuilder MapChatTokenApi(this IEndpointRouteBuilder app) =>
        app.MapPost("api/chat/token", CreateAsync).WithTags("Chat").AllowAnonymous().RequireRateLimiting(RateLimitPolicy)
            .RequireCors(ChatFeature.CorsPolicy);

    public static async Task<Ok<DirectLineResponses.ChatToken>> CreateAsync(
        HttpRequest request, DirectLineTokenService tokens, ConversationStore store, CancellationToken ct)
    {
        var userId = DirectLineTokenService.NewUserId();
        var locale = request.Headers.AcceptLanguage.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split(';')[0].Trim();
        var conversation = await store.CreateAsync(userId, string.IsNullOrEmpty(locale) || locale.Length > 20 ? null : locale, ct);
        return TypedResults.Ok(new DirectLineResponses.ChatToken(tokens.Issue(conversation.Id, userId), (int)tokens.Lifetime.TotalSeconds, conversation.Id));
    }
}
