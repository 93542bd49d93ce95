using System.Text.Json;
using Microsoft.Extensions.Options;
using Participatie.Bot.Schema;
using Participatie.Host.Chat;
using Participatie.Host.Security;

namespace Participatie.Host.DirectLine;

/// <summary>
/// A Direct Line 3.0 compatible API (<c>/v3/directline</c>) as <c>botframework-directlinejs</c> and the
/// official Web Chat use it: conversations, activities with watermarks, uploads, tokens and the
/// WebSocket stream. Tokens grant exactly one conversation; status codes follow what the client expects
/// (401 no credentials, 403 bad or expired token or another conversation, 404 unknown or ended, 429 slow down).
/// </summary>
public static class DirectLineApi
{
    public const string RateLimitPolicy = "directline";
    internal const int MaxActivityBytes = 256 * 1024;

    public static RouteGroupBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("v3/directline").WithTags("DirectLine").AllowAnonymous().RequireRateLimiting(RateLimitPolicy)
            .RequireCors(Hosting.ChatServiceCollectionExtensions.CorsPolicy);
        api.MapPost("/tokens/generate", GenerateTokenAsync);
        api.MapPost("/tokens/refresh", RefreshTokenAsync);
        api.MapPost("/conversations", StartConversationAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).WithBodyLimit(MaxActivityBytes);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        // The files plus room for the activity part and the multipart envelope; DirectLineUploads also checks each file.
        var uploadLimit = app.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value.MaxUploadBytes + MaxActivityBytes;
        api.MapPost("/conversations/{conversationId}/upload", UploadAsync).DisableAntiforgery().WithBodyLimit(uploadLimit);
        api.MapGet("/conversations/{conversationId}/stream", DirectLineStream.HandleAsync);
        api.MapGet("/attachments/{conversationId}/{file}", DirectLineUploads.ServeAsync);
        return api;
    }

    /// <summary>For a municipal site's back end: exchange the secret for a token bound to a new conversation.</summary>
    public static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineTokenService tokens, ConversationStore store, CancellationToken ct)
    {
        if (!tokens.IsSecret(ReadBearer(request)))
        {
            return DirectLineResponses.Error(StatusCodes.Status403Forbidden, "BadArgument", "Alleen met het Direct Line-geheim kan een token worden gemaakt.");
        }

        var userId = await ReadRequestedUserIdAsync(request, ct) ?? DirectLineTokenService.NewUserId();
        var conversation = await store.CreateAsync(userId, null, ct);
        return Results.Ok(new DirectLineResponses.Conversation(conversation.Id, tokens.Issue(conversation.Id, userId), (int)tokens.Lifetime.TotalSeconds, null));
    }

    public static async Task<IResult> RefreshTokenAsync(HttpRequest request, DirectLineTokenService tokens, ConversationStore store, CancellationToken ct)
    {
        var token = tokens.Validate(ReadBearer(request));
        if (token is null)
        {
            return TokenRejected();
        }

        var conversation = await store.FindAsync(token.ConversationId, ct);
        if (conversation is null || conversation.BeeindigdOp is not null)
        {
            return Ended();
        }

        return Results.Ok(new DirectLineResponses.Conversation(conversation.Id, tokens.Issue(conversation.Id, token.UserId), (int)tokens.Lifetime.TotalSeconds, null));
    }

    /// <summary>Starts (or, with a token from /tokens/generate, opens) a conversation; the bot greets at once.</summary>
    public static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineTokenService tokens, ConversationStore store, ChatTurnRunner turns, CancellationToken ct)
    {
        var bearer = ReadBearer(request);
        if (bearer is null)
        {
            return MissingCredentials();
        }

        ChatConversation? conversation;
        string userId;
        if (tokens.IsSecret(bearer))
        {
            userId = DirectLineTokenService.NewUserId();
            conversation = await store.CreateAsync(userId, LocaleOf(request), ct);
        }
        else
        {
            var token = tokens.Validate(bearer);
            if (token is null)
            {
                return TokenRejected();
            }

            userId = token.UserId;
            conversation = await store.FindAsync(token.ConversationId, ct);
            if (conversation is null || conversation.BeeindigdOp is not null)
            {
                return Ended();
            }
        }

        var isNew = !conversation.IsGestart;
        await turns.StartAsync(conversation, ct);
        var body = new DirectLineResponses.Conversation(
            conversation.Id, tokens.Issue(conversation.Id, userId), (int)tokens.Lifetime.TotalSeconds, StreamUrl(request, conversation.Id, null, tokens, userId));
        return isNew ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Ok(body);
    }

    /// <summary>Reconnect: a fresh token and stream URL for a conversation the caller already holds a token for.</summary>
    public static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, ConversationStore store, CancellationToken ct)
    {
        var (conversation, userId, error) = await AuthorizeAsync(conversationId, request, tokens, store, ct);
        if (error is not null)
        {
            return error;
        }

        return Results.Ok(new DirectLineResponses.Conversation(
            conversation!.Id, tokens.Issue(conversation.Id, userId!), (int)tokens.Lifetime.TotalSeconds,
            StreamUrl(request, conversation.Id, ParseWatermark(watermark), tokens, userId!)));
    }

    public static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineTokenService tokens, ConversationStore store, ChatTurnRunner turns, CancellationToken ct)
    {
        var (conversation, _, error) = await AuthorizeAsync(conversationId, request, tokens, store, ct);
        if (error is not null)
        {
            return error;
        }

        if (request.ContentLength > MaxActivityBytes)
        {
            return TooLarge();
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, cancellationToken: ct);
        }
        catch (JsonException ex)
        {
            return DirectLineResponses.Error(StatusCodes.Status400BadRequest, "BadArgument", $"Geen geldige activity (JSON): {ex.Message}");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A chunked body has no Content-Length: the server stops it at the endpoint's limit while it is read.
            return TooLarge();
        }

        if (activity is null)
        {
            return DirectLineResponses.Error(StatusCodes.Status400BadRequest, "BadArgument", "Geen activity ontvangen.");
        }

        activity.Type ??= ActivityTypes.Message;
        var id = await turns.ReceiveAsync(conversation!, activity, ct);
        return Results.Ok(new DirectLineResponses.ResourceResponse(id));
    }

    public static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, ConversationStore store, CancellationToken ct)
    {
        var (conversation, _, error) = await AuthorizeAsync(conversationId, request, tokens, store, ct);
        if (error is not null)
        {
            return error;
        }

        var (activities, next) = await store.ReadSinceAsync(conversation!.Id, ParseWatermark(watermark) ?? 0, ct);
        return DirectLineResponses.Json(DirectLineResponses.ActivitySet(activities, next));
    }

    public static async Task<IResult> UploadAsync(
        string conversationId, string? userId, HttpRequest request, DirectLineTokenService tokens, ConversationStore store,
        ChatTurnRunner turns, DirectLineUploads uploads, CancellationToken ct)
    {
        var (conversation, _, error) = await AuthorizeAsync(conversationId, request, tokens, store, ct);
        if (error is not null)
        {
            return error;
        }

        var result = await uploads.ReadAsync(conversation!.Id, request, ct);
        if (result.Error is not null)
        {
            return result.Error;
        }

        var id = await turns.ReceiveAsync(conversation, result.Activity!, ct);
        return Results.Ok(new DirectLineResponses.ResourceResponse(id));
    }

    /// <summary>Checks the bearer credential against the conversation in the path.</summary>
    internal static async Task<(ChatConversation? Conversation, string? UserId, IResult? Error)> AuthorizeAsync(
        string conversationId, HttpRequest request, DirectLineTokenService tokens, ConversationStore store, CancellationToken ct, string? bearer = null)
    {
        bearer ??= ReadBearer(request);
        if (bearer is null)
        {
            return (null, null, MissingCredentials());
        }

        string? userId = null;
        if (!tokens.IsSecret(bearer))
        {
            var token = tokens.Validate(bearer);
            if (token is null)
            {
                return (null, null, TokenRejected());
            }

            if (!string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
            {
                return (null, null, DirectLineResponses.Error(StatusCodes.Status403Forbidden, "BadArgument", "Dit token hoort bij een ander gesprek."));
            }

            userId = token.UserId;
        }

        var conversation = await store.FindAsync(conversationId, ct);
        if (conversation is null || conversation.BeeindigdOp is not null)
        {
            return (null, null, Ended());
        }

        return (conversation, userId ?? conversation.UserId, null);
    }

    internal static string? ReadBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    internal static int? ParseWatermark(string? watermark) =>
        int.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string StreamUrl(HttpRequest request, string conversationId, int? watermark, DirectLineTokenService tokens, string userId)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = $"t={Uri.EscapeDataString(tokens.Issue(conversationId, userId))}";
        if (watermark is not null)
        {
            query += $"&watermark={watermark}";
        }

        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?{query}";
    }

    private static async Task<string?> ReadRequestedUserIdAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is null or 0 || request.ContentLength > 4096)
        {
            return null;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (document.RootElement.TryGetProperty("user", out var user) && user.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 and <= 64 } value)
            {
                return value;
            }
        }
        catch (JsonException)
        {
            // An unreadable body only means no user id was asked for.
        }

        return null;
    }

    private static string? LocaleOf(HttpRequest request) =>
        request.Headers.AcceptLanguage.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split(';')[0].Trim() is { Length: > 0 and < 20 } locale ? locale : null;

    private static IResult TooLarge() =>
        DirectLineResponses.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "Het bericht is te groot.");

    private static IResult MissingCredentials() =>
        DirectLineResponses.Error(StatusCodes.Status401Unauthorized, "BadArgument", "Geen token of geheim meegestuurd (Authorization: Bearer …).");

    private static IResult TokenRejected() =>
        DirectLineResponses.Error(StatusCodes.Status403Forbidden, "TokenExpired", "Het token is ongeldig of verlopen.");

    private static IResult Ended() =>
        DirectLineResponses.Error(StatusCodes.Status404NotFound, "NotFound", "Dit gesprek bestaat niet of is beëindigd.");
}
