using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Chat;

/// <summary>Which links messages to residents may contain (section <c>Participatie:Berichten</c>).</summary>
public sealed class BerichtOptions
{
    public const string SectionName = "Participatie:Berichten";

    /// <summary>Domains that links in messages may point to (the municipality's own site, e.g. "gemeente.nl", subdomains included). Empty: no links at all.</summary>
    public List<string> ToegestaneDomeinen { get; set; } = [];
}

/// <summary>
/// The texts workflows may send to residents. A text first seen in a workflow is proposed; only beheer approves it,
/// and only if its links point to configured domains. Messages with an unapproved text wait in the outbox and go out
/// when it is approved; a rejected text is never sent. The texts of the shipped workflows are approved with the release.
/// </summary>
public sealed partial class BerichtSjablonen(IOptions<BerichtOptions> options, TimeProvider clock, IEnumerable<IMeegeleverdeBerichtteksten>? codeteksten = null)
{
    public const string Meegeleverd = "meegeleverd met Participatie";

    public static string Hash(string tekst) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(tekst))).ToLowerInvariant();

    /// <summary>The template for <paramref name="tekst"/>, proposed now (in <paramref name="db"/>, not saved) if it is new.</summary>
    public async Task<BerichtSjabloon> VindOfStelVoorAsync(ParticipatieDbContext db, string tekst, string herkomst, CancellationToken ct)
    {
        var hash = Hash(tekst);
        var sjabloon = db.BerichtSjablonen.Local.SingleOrDefault(s => s.TekstHash == hash)
            ?? await db.BerichtSjablonen.SingleOrDefaultAsync(s => s.TekstHash == hash, ct);
        if (sjabloon is null)
        {
            sjabloon = new BerichtSjabloon { Tekst = tekst, TekstHash = hash, Herkomst = herkomst, Status = BerichtSjabloonStatus.Voorgesteld, VoorgesteldOp = clock.GetUtcNow().UtcDateTime };
            db.BerichtSjablonen.Add(sjabloon);
        }

        return sjabloon;
    }

    /// <summary>The text with its placeholders filled: <c>{referentie}</c>, <c>{titel}</c>, <c>{buurt}</c>, <c>{status}</c>.</summary>
    public static string Vul(string tekst, string referentie, string titel, string? buurt, string? status) =>
        tekst.Replace("{referentie}", referentie, StringComparison.Ordinal)
            .Replace("{titel}", titel, StringComparison.Ordinal)
            .Replace("{buurt}", buurt ?? "", StringComparison.Ordinal)
            .Replace("{status}", status ?? "", StringComparison.Ordinal);

    /// <summary>The links in <paramref name="tekst"/> whose host is not an allowed domain (or a subdomain of one).</summary>
    public IReadOnlyList<string> VerbodenLinks(string tekst) =>
        Link().Matches(tekst).Select(m => m.Value).Where(link => !Toegestaan(link)).ToList();

    public async Task<(bool Gelukt, string? Fout)> KeurGoedAsync(ParticipatieDbContext db, int id, string door, CancellationToken ct)
    {
        var sjabloon = await db.BerichtSjablonen.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (sjabloon is null)
        {
            return (false, null);
        }

        if (VerbodenLinks(sjabloon.Tekst) is { Count: > 0 } links)
        {
            return (false, $"De tekst bevat links naar domeinen die niet zijn toegestaan: {string.Join(", ", links)}. Toegestaan: {(options.Value.ToegestaneDomeinen.Count == 0 ? "geen" : string.Join(", ", options.Value.ToegestaneDomeinen))}.");
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        (sjabloon.Status, sjabloon.BeoordeeldDoor, sjabloon.BeoordeeldOp, sjabloon.Reden) = (BerichtSjabloonStatus.Goedgekeurd, door, nu, null);
        // Messages that waited for this text go out with the next outbox round.
        foreach (var bericht in await db.UitgaandeBerichten.Where(b => b.SjabloonId == id && b.AfgeleverdOp == null).ToListAsync(ct))
        {
            (bericht.VolgendePogingOp, bericht.LaatsteFout) = (nu, null);
        }

        await db.SaveChangesAsync(ct);
        return (true, null);
    }

    public async Task<bool> WijsAfAsync(ParticipatieDbContext db, int id, string door, string reden, CancellationToken ct)
    {
        var sjabloon = await db.BerichtSjablonen.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (sjabloon is null)
        {
            return false;
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        (sjabloon.Status, sjabloon.BeoordeeldDoor, sjabloon.BeoordeeldOp, sjabloon.Reden) = (BerichtSjabloonStatus.Afgewezen, door, nu, reden);
        foreach (var bericht in await db.UitgaandeBerichten.Where(b => b.SjabloonId == id && b.AfgeleverdOp == null).ToListAsync(ct))
        {
            // Closed, not delivered: the reason stays with the message.
            (bericht.AfgeleverdOp, bericht.LaatsteFout) = (nu, $"Niet verstuurd: de tekst is afgewezen door {door} ({reden}).");
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Approves the NotifyResident texts of the shipped workflow files and the features' shipped code texts (unless beheer rejected one). Returns how many are new.</summary>
    public async Task<int> KeurMeegeleverdeGoedAsync(ParticipatieDbContext db, string workflowsDirectory, CancellationToken ct)
    {
        var teksten = new List<string>();
        IEnumerable<string> bestanden = Directory.Exists(workflowsDirectory) ? Directory.GetFiles(workflowsDirectory, "*.json").Order(StringComparer.Ordinal) : [];
        foreach (var file in bestanden)
        {
            teksten.AddRange(Berichtteksten(JsonNode.Parse(await File.ReadAllTextAsync(file, ct))));
        }

        // And the texts features send from code (e.g. the exchange's consent requests and invitations).
        teksten.AddRange((codeteksten ?? []).SelectMany(c => c.Teksten));
        var nieuw = 0;
        foreach (var tekst in teksten)
        {
            var sjabloon = await VindOfStelVoorAsync(db, tekst, Meegeleverd, ct);
            if (sjabloon.Status == BerichtSjabloonStatus.Voorgesteld)
            {
                (sjabloon.Status, sjabloon.BeoordeeldDoor, sjabloon.BeoordeeldOp) = (BerichtSjabloonStatus.Goedgekeurd, Meegeleverd, clock.GetUtcNow().UtcDateTime);
                nieuw++;
            }
        }

        await db.SaveChangesAsync(ct);
        return nieuw;
    }

    /// <summary>The literal texts of NotifyResident activities anywhere in a workflow document.</summary>
    public static IEnumerable<string> Berichtteksten(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() is { } type && type.EndsWith("NotifyResident", StringComparison.Ordinal)
                    && obj["bericht"]?["expression"] is JsonObject expression
                    && expression["type"]?.GetValue<string>() == "Literal" && expression["value"]?.GetValue<string>() is { Length: > 0 } tekst)
                {
                    yield return tekst;
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var t in Berichtteksten(child))
                    {
                        yield return t;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var t in Berichtteksten(child))
                    {
                        yield return t;
                    }
                }

                break;
        }
    }

    private bool Toegestaan(string link)
    {
        var adres = link.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + link : link;
        if (!Uri.TryCreate(adres, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.IdnHost.ToLower(CultureInfo.InvariantCulture);
        return options.Value.ToegestaneDomeinen.Any(d =>
        {
            var domein = d.Trim().ToLower(CultureInfo.InvariantCulture);
            return host == domein || host.EndsWith("." + domein, StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""']+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
