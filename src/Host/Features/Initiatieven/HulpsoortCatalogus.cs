using System.Text.Json;
using System.Text.RegularExpressions;
using Participatie.Host.Domain;
using Participatie.Host.Features.Regels;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>
/// The one list of kinds of help (<c>workflows-json/hulpsoorten.json</c>, or <c>Participatie:HulpsoortenFile</c>): the
/// intake offers them, initiatives store their codes, the rules read the codes, the reports group by them. Read once at
/// start; a file with an error stops the Host with the entry and the field named, so a broken catalogue never runs.
/// </summary>
public sealed partial class HulpsoortCatalogus
{
    public const string Bestandsnaam = "hulpsoorten.json";
    private static readonly string[] Talen = ["nl", "en"];
    private readonly Dictionary<string, Hulpsoort> perCode;

    public HulpsoortCatalogus(IConfiguration configuration)
        : this(Lees(configuration["Participatie:HulpsoortenFile"] is { Length: > 0 } bestand
            ? Path.GetFullPath(bestand)
            : Path.Combine(AppContext.BaseDirectory, "workflows-json", Bestandsnaam)))
    {
    }

    public HulpsoortCatalogus(IReadOnlyList<Hulpsoort> soorten)
    {
        Alle = soorten;
        perCode = soorten.ToDictionary(s => s.Code, StringComparer.Ordinal);
    }

    /// <summary>Every kind, in the order the intake offers them.</summary>
    public IReadOnlyList<Hulpsoort> Alle { get; }

    public Hulpsoort? Zoek(string code) => perCode.GetValueOrDefault(code);

    /// <summary>The known codes among <paramref name="codes"/>, each once, in catalogue order; unknown codes are dropped.</summary>
    public List<string> Codes(IEnumerable<string> codes)
    {
        var gevraagd = codes.ToHashSet(StringComparer.Ordinal);
        return [.. Alle.Where(s => gevraagd.Contains(s.Code)).Select(s => s.Code)];
    }

    /// <summary>Reads and checks a catalogue file. Errors name the file, the entry and the field.</summary>
    public static IReadOnlyList<Hulpsoort> Lees(string pad)
    {
        if (!File.Exists(pad))
        {
            throw new InvalidDataException($"{pad}: de catalogus van hulpsoorten ontbreekt.");
        }

        Bestand? bestand;
        try
        {
            bestand = JsonSerializer.Deserialize<Bestand>(File.ReadAllText(pad), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{pad}: geen geldige JSON (regel {ex.LineNumber + 1}, positie {ex.BytePositionInLine + 1}): {ex.Message}", ex);
        }

        var soorten = new List<Hulpsoort>();
        var items = bestand?.Hulpsoorten ?? [];
        if (items.Count == 0)
        {
            throw new InvalidDataException($"{pad}: 'hulpsoorten' is leeg; noem minstens één soort hulp.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var soort = Controleer(items[i], $"{pad}: hulpsoort {i + 1}", soorten);
            if (RegelsetSoort.Zoek(soort.Regelset) is null)
            {
                throw new InvalidDataException(
                    $"{pad}: hulpsoort {i + 1} ('{soort.Code}'): regelset '{soort.Regelset}' bestaat niet; kies uit {string.Join(", ", RegelsetSoort.Alle.Select(r => r.Naam))}.");
            }

            soorten.Add(soort);
        }

        return soorten;
    }

    private static Hulpsoort Controleer(Item item, string waar, List<Hulpsoort> eerder)
    {
        if (item.Code is not { } code || !CodeVorm().IsMatch(code))
        {
            throw new InvalidDataException($"{waar}: 'code' moet kleine letters zijn (a-z, cijfers, '-'), zoals 'geld'; nu '{item.Code}'.");
        }

        waar += $" ('{code}')";
        if (eerder.Any(s => s.Code == code))
        {
            throw new InvalidDataException($"{waar}: de code komt twee keer voor.");
        }

        foreach (var taal in Talen)
        {
            if (string.IsNullOrWhiteSpace(item.Naam?.GetValueOrDefault(taal)))
            {
                throw new InvalidDataException($"{waar}: 'naam.{taal}' ontbreekt.");
            }
        }

        if (string.IsNullOrWhiteSpace(item.Regelset))
        {
            throw new InvalidDataException($"{waar}: 'regelset' ontbreekt (de regelset die over deze hulp beslist, zoals 'ondersteuning').");
        }

        if (item.Voorstel is not { Wie.Length: > 0, Aanpak.Length: > 0 } voorstel)
        {
            throw new InvalidDataException($"{waar}: 'voorstel.wie' en 'voorstel.aanpak' zijn nodig (het programmavoorstel per buurt noemt ze).");
        }

        var synoniemen = (item.Synoniemen ?? []).ToDictionary(
            s => s.Key,
            s => (IReadOnlyList<string>)[.. s.Value.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim())],
            StringComparer.Ordinal);
        return new Hulpsoort(code, item.Naam!, synoniemen, item.Regelset.Trim(),
            new HulpsoortVoorstel(voorstel.Wie, voorstel.WieMetCorporatie, voorstel.Aanpak, voorstel.AanpakMetCorporatie));
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex CodeVorm();

    private sealed record Bestand(List<Item>? Hulpsoorten);

    private sealed record Item(
        string? Code,
        Dictionary<string, string>? Naam,
        Dictionary<string, List<string>>? Synoniemen,
        string? Regelset,
        VoorstelItem? Voorstel);

    private sealed record VoorstelItem(string Wie, string? WieMetCorporatie, string Aanpak, string? AanpakMetCorporatie);
}
