using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Participatie.Host.Features.Chat.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: signed and encrypted with ASP.NET Core Data Protection, with
/// an expiry inside, bound to one conversation. Nothing is stored; a restart keeps them valid
/// because the keys live in the data folder.
/// The expiry travels inside the protected payload and is checked against the injected
/// <see cref="TimeProvider"/> only: Data Protection's time-limited protector compares with the system
/// clock, which would make the host's clock and the token's clock disagree.
/// </summary>
public sealed class DirectLineTokenService(IDataProtectionProvider provider, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    // v2: the expiry moved from Data Protection's envelope into the payload; v1 tokens are no longer accepted.
    private readonly IDataProtector protector = provider.CreateProtector("Participatie.DirectLine.Token.v2");

    /// <summary>Conversation, user and expiry (Unix seconds, UTC).</summary>
    private sealed record Payload(string C, string U, long E);

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(string conversationId, string userId)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        return protector.Protect(JsonSerializer.Serialize(new Payload(conversationId, userId, expires.ToUnixTimeSeconds())));
    }

    /// <summary>The grant of a token, or null when it is forged, damaged or expired.</summary>
    public DirectLineToken? Validate(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096)
        {
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(protector.Unprotect(token));
            if (payload is null || payload.E == 0)
            {
                return null;
            }

            var expires = DateTimeOffset.FromUnixTimeSeconds(payload.E);
            return expires <= clock.GetUtcNow() ? null : new DirectLineToken(payload.C, payload.U, expires);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Constant-time comparison with the configured secret.</summary>
    public bool IsSecret(string? candidate)
    {
        var secret = options.Value.Secret;
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(candidate))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(candidate), System.Text.Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>A fresh anonymous user id for a resident.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
}
