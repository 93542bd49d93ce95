using System.Text.Json;
using System.Text.RegularExpressions;
using Participatie.Workflows.Registry;
using Participatie.Workflows.Validation;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// What the designer calls activity types, their categories, inputs and outcomes, and how it words validation errors,
/// per language: one catalogue per language (<c>Labels/nl.json</c>, <c>Labels/en.json</c>). The Elsa type names,
/// input names and ports stay what they are in the JSON; only what officials read is translated, so files keep
/// round-tripping. A new activity needs entries in <c>nl.json</c> (a test fails without them). Where a catalogue has
/// no entry, the activity's own attribute text is used (English for the Elsa activities, Dutch for ours), and for a
/// validation message the engine's English text.
/// </summary>
public sealed partial class WerkstroomLabels
{
    public const string Nederlands = "nl";
    public const string Engels = "en";

    public sealed record InputLabel(string? Name, string? Description);

    public sealed record ActivityLabel(string? Name, string? Description, Dictionary<string, InputLabel>? Inputs, Dictionary<string, string>? Outcomes);

    public sealed record Catalogus(
        Dictionary<string, string>? Categories, Dictionary<string, string>? Outcomes,
        Dictionary<string, ActivityLabel>? Activities, Dictionary<string, string>? Validation);

    private readonly Dictionary<string, Catalogus> catalogi;

    public WerkstroomLabels()
    {
        catalogi = new Dictionary<string, Catalogus>(StringComparer.Ordinal)
        {
            [Nederlands] = Lees(Nederlands),
            [Engels] = Lees(Engels),
        };
    }

    /// <summary>The catalogue of one language (for the tests that check it is complete).</summary>
    public Catalogus Van(string taal) => catalogi[Kies(taal, null)];

    /// <summary>
    /// The language to answer in: <paramref name="taal"/> when it is nl or en; otherwise the first of nl/en in
    /// Accept-Language; otherwise Dutch, the staff app's language. The staff app always sends its choice.
    /// </summary>
    public static string Kies(string? taal, string? acceptLanguage)
    {
        if (Taal(taal) is { } gekozen)
        {
            return gekozen;
        }

        foreach (var deel in (acceptLanguage ?? "").Split(','))
        {
            if (Taal(deel.Split(';')[0].Trim()) is { } voorkeur)
            {
                return voorkeur;
            }
        }

        return Nederlands;
    }

    public string Categorie(string categorie, string taal) =>
        catalogi[taal].Categories?.GetValueOrDefault(categorie) ?? categorie;

    public string Naam(ActivityDescriptor d, string taal) => Activiteit(d, taal)?.Name ?? d.DisplayName;

    public string? Omschrijving(ActivityDescriptor d, string taal) => Activiteit(d, taal)?.Description ?? d.Description;

    public InputLabel Invoer(ActivityDescriptor d, InputDescriptor input, string taal)
    {
        var label = Activiteit(d, taal)?.Inputs?.GetValueOrDefault(input.Name);
        return new InputLabel(label?.Name ?? input.DisplayName, label?.Description ?? input.Description);
    }

    /// <summary>Labels for the type's own ports; dynamic ports (a task's outcomes, a fork's branches) are the official's own words.</summary>
    public Dictionary<string, string> Uitgangen(ActivityDescriptor d, string taal)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var port in d.Ports.Append("Done").Distinct(StringComparer.Ordinal))
        {
            if (Uitgang(d.TypeName, port, taal) is { } label)
            {
                result[port] = label;
            }
        }

        return result;
    }

    public string? Uitgang(string typeName, string port, string taal) =>
        catalogi[taal].Activities?.GetValueOrDefault(typeName)?.Outcomes?.GetValueOrDefault(port)
        ?? catalogi[taal].Outcomes?.GetValueOrDefault(port);

    /// <summary>The error's message in <paramref name="taal"/>; the engine's own text when a template or one of its values is missing.</summary>
    public string Melding(ValidationError fout, string taal)
    {
        if (catalogi[taal].Validation?.GetValueOrDefault(fout.MessageKey) is not { } sjabloon)
        {
            return fout.Message;
        }

        var compleet = true;
        var tekst = Plaats().Replace(sjabloon, m =>
        {
            if (fout.Arguments.TryGetValue(m.Groups[1].Value, out var waarde))
            {
                return waarde;
            }

            compleet = false;
            return m.Value;
        });
        return compleet ? tekst : fout.Message;
    }

    private ActivityLabel? Activiteit(ActivityDescriptor d, string taal) => catalogi[taal].Activities?.GetValueOrDefault(d.TypeName);

    private static string? Taal(string? code) =>
        code is null ? null
        : code.StartsWith(Nederlands, StringComparison.OrdinalIgnoreCase) ? Nederlands
        : code.StartsWith(Engels, StringComparison.OrdinalIgnoreCase) ? Engels
        : null;

    private static Catalogus Lees(string taal)
    {
        using var stream = typeof(WerkstroomLabels).Assembly.GetManifestResourceStream($"Participatie.Host.Features.Werkstromen.Labels.{taal}.json")
            ?? throw new InvalidOperationException($"Labels/{taal}.json is not embedded in the Host.");
        return JsonSerializer.Deserialize<Catalogus>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Labels/{taal}.json is empty.");
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Plaats();
}
