using System.Text.Json.Nodes;
using Participatie.Host.Domain;
using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows.Activities;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// One phase of a buurtbudget round: waits until the phase's start date (from the round), moves the round into the
/// phase — with what the phase brings: review tasks, the ballot, … (see <see cref="BuurtbudgetFaseOvergang"/>) — and
/// completes when the phase's end date has passed. A lifecycle is a chain of these in the round's workflow; officials
/// leave one out (no review) or put tasks between them in the designer.
/// </summary>
[Activity("Participatie", "Buurtbudget", "Een fase van een buurtbudgetronde: wacht tot de begindatum, zet de ronde in de fase en gaat verder na de einddatum.")]
public sealed class Buurtbudgetfase : Activity
{
    public const string BeginBookmark = "Participatie.Buurtbudgetfase.Begin";
    public const string EindeBookmark = "Participatie.Buurtbudgetfase.Einde";

    [Input(Description = "De fase: voorstellen, beoordeling, stemmen, uitslag, uitvoering of afgerond.")]
    public Input<string> Fase { get; set; } = new();

    [Input(Description = "Rol die de haalbaarheidstoetsen krijgt (alleen bij de fase beoordeling; standaard afdeling).")]
    public Input<string> Rol { get; set; } = new();

    [Output(Description = "De einddatum van de fase.")]
    public Output<DateTimeOffset?> Einddatum { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var (fase, data) = await LeesAsync(context);
        if (data.Begin is { } begin && begin > context.Now)
        {
            context.CreateBookmark(BeginBookmark, dueAt: begin);
            return;
        }

        await BeginAsync(context, fase, data);
    }

    public override async ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        var (fase, data) = await LeesAsync(context);
        if (bookmark.Name == BeginBookmark)
        {
            await BeginAsync(context, fase, data);
            return;
        }

        context.Complete();
    }

    private async Task BeginAsync(ActivityExecutionContext context, BuurtbudgetFase fase, BuurtbudgetFaseOvergang.Data data)
    {
        context.Set(Einddatum, data.Einde);
        if (data.Overslaan)
        {
            // The round has no dates for this phase (no proposal round): the lifecycle goes on without it.
            context.Complete();
            return;
        }

        var rondeId = data.RondeId;
        var rol = await context.GetAsync(Rol);
        var overgang = context.GetRequiredService<BuurtbudgetFaseOvergang>();
        var nu = context.Now.UtcDateTime;
        context.InCommit((commit, ct) => overgang.GaNaarAsync(commit.Db(), rondeId, fase, string.IsNullOrWhiteSpace(rol) ? StaffRoles.Afdeling : rol.Trim(), nu, ct));
        if (data.Einde is { } einde && einde > context.Now)
        {
            context.CreateBookmark(EindeBookmark, dueAt: einde);
            return;
        }

        context.Complete();
    }

    private async Task<(BuurtbudgetFase Fase, BuurtbudgetFaseOvergang.Data Data)> LeesAsync(ActivityExecutionContext context)
    {
        var tekst = await context.GetAsync(Fase);
        if (!Enum.TryParse<BuurtbudgetFase>(tekst, ignoreCase: true, out var fase) || fase == BuurtbudgetFase.Voorbereiding)
        {
            throw new InvalidOperationException($"'{tekst}' is geen fase van een buurtbudgetronde (voorstellen, beoordeling, stemmen, uitslag, uitvoering of afgerond).");
        }

        var rondeId = WorkflowVariables.Int(context, BuurtbudgetRondeWorkflow.RondeIdVariabele)
            ?? throw new InvalidOperationException($"De werkstroom heeft geen variabele {BuurtbudgetRondeWorkflow.RondeIdVariabele}.");
        var data = await context.GetRequiredService<BuurtbudgetFaseOvergang>().DataAsync(rondeId, fase, context.CancellationToken);
        return (fase, data);
    }
}
