using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Domain;
using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows.Activities;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>
/// Records the form of a completed uitdaagrecht task on the request, in the same transaction as the step: the
/// assessment (current municipal spend, quality, continuity), the college's decision, the agreement (budget
/// transferred, start date) or an evaluation.
/// </summary>
[Activity("Participatie", "Uitdaagrecht", "Legt de gegevens van een afgeronde uitdaagrechttaak vast bij het verzoek.")]
public sealed class LegUitdaagrechtVast : Activity
{
    public const string Beoordeling = "beoordeling";
    public const string Besluit = "besluit";
    public const string Overeenkomst = "overeenkomst";
    public const string Evaluatie = "evaluatie";

    [Input(Description = "Wat wordt vastgelegd: beoordeling, besluit, overeenkomst of evaluatie.")]
    public Input<string> Soort { get; set; } = new();

    [Input(Description = "De gegevens van het formulier (de uitvoer Gegevens van de taak).")]
    public Input<object> Gegevens { get; set; } = new();

    [Input(Description = "De gekozen uitkomst van de taak (optioneel).")]
    public Input<string> Uitkomst { get; set; } = new();

    [Input(Description = "De toelichting bij de taak (optioneel).")]
    public Input<string> Toelichting { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var soort = (await context.GetAsync(Soort))?.Trim().ToLowerInvariant();
        if (soort is not (Beoordeling or Besluit or Overeenkomst or Evaluatie))
        {
            throw new InvalidOperationException($"Activiteit '{Id}': '{soort}' is geen soort; kies beoordeling, besluit, overeenkomst of evaluatie.");
        }

        var gegevens = await context.EvaluateAsync(Gegevens) as JsonObject ?? [];
        var uitkomst = await context.GetAsync(Uitkomst);
        var toelichting = await context.GetAsync(Toelichting);
        var verzoekId = UitdaagrechtVariabelen.Verzoek(context, Id);
        var op = context.Now.UtcDateTime;
        context.InCommit(async (commit, ct) =>
        {
            var verzoek = await commit.Db().UitdaagrechtVerzoeken.SingleAsync(v => v.Id == verzoekId, ct);
            switch (soort)
            {
                case Beoordeling:
                    verzoek.HuidigeUitgaven = Bedrag(gegevens["huidigeUitgaven"]) ?? verzoek.HuidigeUitgaven;
                    verzoek.Kwaliteit = Tekst(gegevens["kwaliteit"]) ?? verzoek.Kwaliteit;
                    verzoek.Continuiteit = Tekst(gegevens["continuiteit"]) ?? verzoek.Continuiteit;
                    break;
                case Besluit:
                    verzoek.Besluit = string.Join(": ", new[] { uitkomst, toelichting }.Where(t => !string.IsNullOrWhiteSpace(t)));
                    verzoek.BesluitOp = op;
                    break;
                case Overeenkomst:
                    verzoek.OvergedragenBudget = Bedrag(gegevens["bedrag"]) ?? verzoek.OvergedragenBudget;
                    verzoek.IngangsDatum = Datum(gegevens["ingangsdatum"]) ?? verzoek.IngangsDatum;
                    break;
                case Evaluatie:
                    verzoek.AantalEvaluaties++;
                    verzoek.LaatsteEvaluatieOp = op;
                    verzoek.LaatsteEvaluatie = string.Join(": ", new[] { uitkomst, toelichting }.Where(t => !string.IsNullOrWhiteSpace(t)));
                    break;
            }
        });
        context.Complete();
    }

    private static decimal? Bedrag(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<double>(out var d) => (decimal)d,
        JsonValue v when v.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static string? Tekst(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    private static DateTime? Datum(JsonNode? node) =>
        Tekst(node) is { } s && DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var d) ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
}
