using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Participatie.Bot.Diensten;
using Participatie.Host.Features.Chat.DirectLine;
using Participatie.Host.Security;

namespace Participatie.Host.Features.Chat;

/// <summary>Limits on wrong letter codes (section <c>Participatie:CodePogingen</c>).</summary>
public sealed class CodePogingenOptions
{
    public const string SectionName = "Participatie:CodePogingen";

    /// <summary>Wrong codes per client address per hour, page and chat together (a household behind one address mistypes a few).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10_000)]
    public int PerAdresPerUur { get; set; } = 30;

    /// <summary>Wrong codes per chat conversation per hour.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10_000)]
    public int PerGesprekPerUur { get; set; } = 10;
}

/// <summary>Who tries a code: the client's address (<see cref="ClientAddress"/>) and, in the chat, the conversation.</summary>
public sealed record CodeKlant(string? Adres, string? Gesprek)
{
    /// <summary>A public page: the address only.</summary>
    public static CodeKlant VanPagina(HttpContext context) => new(ClientAddress.Of(context), null);

    /// <summary>
    /// The chat turn running in this request (the Direct Line POST of the resident's message): its conversation and the
    /// client's address. The municipal back end that holds the Direct Line secret speaks for many residents from one
    /// address, so there only the conversation counts.
    /// </summary>
    public static CodeKlant VanChat(HttpContext? context)
    {
        if (context is null)
        {
            return new(null, null);
        }

        var gesprek = context.Request.RouteValues.TryGetValue("conversationId", out var id) ? id as string : null;
        var geheim = context.RequestServices.GetService<DirectLineTokenService>()?.IsSecret(DirectLineApi.ReadBearer(context.Request)) == true;
        return new(geheim ? null : ClientAddress.Of(context), gesprek);
    }
}

/// <summary>
/// One budget of wrong letter codes (buurtbudget voting codes, burgerberaad registration codes) for the public pages
/// and the chat together: per client address, and per chat conversation. Once a budget is spent, every code attempt
/// from there is refused for the rest of the hour — also a right one, or guessing would still pay — with a clear
/// message. Codes carry 60 random bits, so this is defence in depth against flooding, not the only protection. The
/// counters live in this node's memory: with several nodes each keeps its own.
/// </summary>
public sealed class CodePogingen : IDisposable
{
    public const string MeldingNl = "U heeft te vaak een onjuiste code ingevoerd. Probeer het over een uur opnieuw, of neem contact op met de gemeente.";
    public const string MeldingEn = "An incorrect code was entered too many times. Please try again in an hour, or contact the municipality.";

    private const string AdresPrefix = "adres:";
    private const string GesprekPrefix = "gesprek:";

    private readonly PartitionedRateLimiter<string> limiter;

    public CodePogingen(IOptions<CodePogingenOptions> options)
    {
        var o = options.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
        {
            PermitLimit = k.StartsWith(AdresPrefix, StringComparison.Ordinal) ? o.PerAdresPerUur : o.PerGesprekPerUur,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));
    }

    /// <summary>Whether this client's budget of wrong codes is spent (checked before the code is looked at).</summary>
    public bool IsGeblokkeerd(CodeKlant klant) => Sleutels(klant).Any(sleutel =>
    {
        using var lease = limiter.AttemptAcquire(sleutel, 0);
        return !lease.IsAcquired;
    });

    /// <summary>Counts one wrong code against every budget of this client.</summary>
    public void TelFout(CodeKlant klant)
    {
        foreach (var sleutel in Sleutels(klant))
        {
            using var _ = limiter.AttemptAcquire(sleutel, 1);
        }
    }

    /// <summary>For the chat: refuses with the resident's message when the budget is spent.</summary>
    public void WeigerAlsGeblokkeerd(CodeKlant klant)
    {
        if (IsGeblokkeerd(klant))
        {
            throw new BewonerGeweigerdException(MeldingNl, MeldingEn);
        }
    }

    /// <summary>For a page: the 429 problem when the budget is spent, else null.</summary>
    public IResult? Weigering(HttpContext context)
    {
        if (!IsGeblokkeerd(CodeKlant.VanPagina(context)))
        {
            return null;
        }

        context.Response.Headers.RetryAfter = "3600";
        return TypedResults.Problem(MeldingNl, statusCode: StatusCodes.Status429TooManyRequests, title: "Te veel onjuiste codes");
    }

    public void Dispose() => limiter.Dispose();

    private static IEnumerable<string> Sleutels(CodeKlant klant)
    {
        if (klant.Adres is { } adres)
        {
            yield return AdresPrefix + adres;
        }

        if (klant.Gesprek is { } gesprek)
        {
            yield return GesprekPrefix + gesprek;
        }
    }
}

public static class CodePogingenServiceCollectionExtensions
{
    public static IServiceCollection AddCodePogingen(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CodePogingenOptions>().Bind(configuration.GetSection(CodePogingenOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CodePogingen>();
        services.AddHttpContextAccessor();
        return services;
    }
}
