using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Participatie.Host.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: signed and encrypted with ASP.NET Core Data Protection, with
/// an expiry inside, bound to one conversation. Nothing is stored; a restart keeps them valid
/// because the keys live in the data folder.
/// </summary>
public sealed class DirectLineTokenService(IDataProtectionProvider provider, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("Participatie.DirectLine.Token.v1").ToTimeLimitedDataProtector();

    private sealed record Payload(string C, string U);

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(string conversationId, string userId)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        return protector.Protect(JsonSerializer.Serialize(new Payload(conversationId, userId)), expires);
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
            var json = protector.Unprotect(token, out var expires);
            if (expires < clock.GetUtcNow())
            {
                return null;
            }

            var payload = JsonSerializer.Deserialize<Payload>(json);
            return payload is null ? null : new DirectLineToken(payload.C, payload.U, expires);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
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
