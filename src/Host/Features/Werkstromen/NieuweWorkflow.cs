using System.Globalization;
using System.Text;
using Participatie.Workflows;
using Participatie.Workflows.Definitions;
using Participatie.Workflows.Model;
using Participatie.Workflows.Serialization;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// Creates a new workflow as a draft: an empty flowchart, a copy of an existing workflow (its latest version) or one of
/// the templates. The definition id is made from the name (lower case, no accents, hyphens) and made unique. The draft
/// is validated but kept even when it has errors, like every draft; publishing applies the usual checks.
/// </summary>
public sealed class NieuweWorkflow(WorkflowEngine engine, WorkflowSjablonen sjablonen)
{
    public const string Leeg = "empty";
    public const string Kopie = "copy";
    public const string Sjabloon = "template";

    /// <summary>What went wrong, in Dutch for the official, with the HTTP status it maps to.</summary>
    public sealed record Weigering(int Status, string Melding);

    public async Task<(DefinitionResult? Resultaat, Weigering? Weigering)> MaakAsync(
        string? naam, string? omschrijving, string? start, string? bron, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(naam))
        {
            return (null, new Weigering(StatusCodes.Status400BadRequest, "Geef de workflow een naam."));
        }

        WorkflowDefinition? definitie;
        switch (start ?? Leeg)
        {
            case Leeg:
                definitie = LegeFlowchart();
                break;
            case Kopie:
                definitie = string.IsNullOrWhiteSpace(bron) ? null : await engine.Definitions.GetAsync(bron, cancellationToken: ct);
                if (definitie is null)
                {
                    return (null, new Weigering(StatusCodes.Status404NotFound, $"Er is geen workflow '{bron}' om te kopiëren."));
                }

                // A copy through the JSON text, so the new definition shares no objects with the stored one.
                definitie = WorkflowJson.Read(WorkflowJson.Write(definitie), out _)!;
                break;
            case Sjabloon:
                definitie = string.IsNullOrWhiteSpace(bron) ? null : await sjablonen.ReadAsync(bron, ct);
                if (definitie is null)
                {
                    return (null, new Weigering(StatusCodes.Status404NotFound, $"Er is geen sjabloon '{bron}'."));
                }

                break;
            default:
                return (null, new Weigering(StatusCodes.Status400BadRequest, $"Onbekend begin '{start}': kies empty (lege flowchart), copy (kopie) of template (sjabloon)."));
        }

        definitie.DefinitionId = await UniekeIdAsync(naam, ct);
        definitie.Id = "";
        definitie.Version = 1;
        definitie.Name = naam.Trim();
        definitie.Description = string.IsNullOrWhiteSpace(omschrijving) ? null : omschrijving.Trim();
        definitie.IsPublished = false;
        definitie.IsLatest = true;
        return (await engine.Definitions.SaveDraftAsync(definitie, ct), null);
    }

    /// <summary>A flowchart with only a Start activity: the smallest workflow the validator accepts.</summary>
    private static WorkflowDefinition LegeFlowchart() => WorkflowJson.Read("""
        { "definitionId": "nieuw", "version": 1,
          "root": { "id": "flowchart", "type": "Elsa.Flowchart", "activities": [
            { "id": "start", "name": "Start", "type": "Elsa.Start", "metadata": { "designer": { "position": { "x": 0, "y": 0 } } } }
          ], "connections": [] } }
        """, out _)!;

    private async Task<string> UniekeIdAsync(string naam, CancellationToken ct)
    {
        var basis = Slug(naam);
        var id = basis;
        for (var n = 2; await engine.Definitions.GetAsync(id, cancellationToken: ct) is not null; n++)
        {
            id = $"{basis}-{n}";
        }

        return id;
    }

    /// <summary>"Aanvraag & besluit (wijk Zuid)" → "aanvraag-besluit-wijk-zuid": readable in addresses and files.</summary>
    public static string Slug(string naam)
    {
        var sb = new StringBuilder();
        foreach (var c in naam.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        if (slug.Length > 60)
        {
            slug = slug[..60].TrimEnd('-');
        }

        return slug.Length == 0 ? "workflow" : slug;
    }
}
