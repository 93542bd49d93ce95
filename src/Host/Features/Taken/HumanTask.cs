using System.Text.Json.Nodes;
using Participatie.Host.Domain;
using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows.Activities;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Features.Taken;

/// <summary>
/// A task (Taak) for a role or a person, with a due date in working days and the outcomes to choose
/// from. The workflow waits until someone completes it; the chosen outcome is the port it continues on.
/// Reminders and escalation are done by <see cref="TaakBewaking"/>.
/// </summary>
[Activity("Participatie", "Taken", "Een taak voor een rol of persoon; wacht tot die is afgerond. De gekozen uitkomst is de uitgang.")]
public sealed class HumanTask : Activity
{
    [Input(Description = "Titel van de taak, zoals de medewerker hem in de inbox ziet.")]
    public Input<string> Titel { get; set; } = new();

    [Input(Description = "Wat er van de medewerker verwacht wordt.")]
    public Input<string> Omschrijving { get; set; } = new();

    [Input(Description = "Rol die de taak krijgt: wijkcoordinator, wijkraad, corporatie, afdeling, beleid, bestuur of beheer.")]
    public Input<string> Rol { get; set; } = new();

    [Input(Description = "Gebruikersnaam als de taak voor één persoon is (optioneel).")]
    public Input<string> ToegewezenAan { get; set; } = new();

    [Input(Description = "De uitkomsten om uit te kiezen; elke uitkomst is een uitgang.")]
    public Input<string[]> Uitkomsten { get; set; } = new();

    [Input(Description = "Termijn in werkdagen (standaard 5).")]
    public Input<int?> TermijnWerkdagen { get; set; } = new();

    [Input(Description = "Vaste vervaldatum; gaat voor de termijn in werkdagen (optioneel).")]
    public Input<DateTimeOffset?> Vervaldatum { get; set; } = new();

    [Input(Description = "CBS-code van de buurt (optioneel; anders die van het initiatief).")]
    public Input<string> BuurtCode { get; set; } = new();

    [Output(Description = "De gekozen uitkomst.")]
    public Output<string> Uitkomst { get; set; } = new();

    [Output(Description = "De toelichting van de medewerker.")]
    public Output<string> Toelichting { get; set; } = new();

    [Output(Description = "Wie de taak afrondde.")]
    public Output<string> AfgerondDoor { get; set; } = new();

    [Output(Description = "De velden van het formulier bij de taak (optioneel), zoals bedragen en datums.")]
    public Output<object> Gegevens { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var uitkomsten = (await context.GetAsync(Uitkomsten))?.Where(u => !string.IsNullOrWhiteSpace(u)).ToArray() ?? [];
        if (uitkomsten.Length == 0)
        {
            uitkomsten = ["afgerond"];
        }

        var rol = await context.GetAsync(Rol);
        if (string.IsNullOrWhiteSpace(rol))
        {
            throw new InvalidOperationException($"Taak '{Id}' heeft geen rol.");
        }

        var vervaldatum = await context.GetAsync(Vervaldatum)
            ?? Werkdagen.Tel(context.Now, await context.GetAsync(TermijnWerkdagen) ?? 5);
        var stimulus = new HumanTaskStimulus(
            Guid.NewGuid().ToString("N"),
            await context.GetAsync(Titel) ?? Name ?? "Taak",
            await context.GetAsync(Omschrijving),
            rol.Trim().ToLowerInvariant(),
            await context.GetAsync(ToegewezenAan),
            uitkomsten,
            vervaldatum,
            WorkflowVariables.Int(context, WorkflowVariables.InitiatiefId),
            WorkflowVariables.Int(context, WorkflowVariables.ProgrammaId),
            await context.GetAsync(BuurtCode));
        var bookmark = context.CreateBookmark(stimulus);
        var taken = context.GetRequiredService<TaakRegistratie>();
        var instanceId = context.InstanceId;
        context.InCommit((commit, ct) => taken.VoegToeAsync(commit.Db(), instanceId, bookmark.Id, stimulus, ct));
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        var stimulus = bookmark.GetStimulus<HumanTaskStimulus>()!;
        var uitkomst = input?["uitkomst"]?.GetValue<string>();
        if (uitkomst is null || !stimulus.Uitkomsten.Contains(uitkomst))
        {
            throw new InvalidOperationException($"Uitkomst '{uitkomst}' hoort niet bij taak '{stimulus.Titel}'. Kies uit: {string.Join(", ", stimulus.Uitkomsten)}.");
        }

        var toelichting = input?["toelichting"]?.GetValue<string>();
        var door = input?["door"]?.GetValue<string>();
        context.Set(Uitkomst, uitkomst);
        context.Set(Toelichting, toelichting);
        context.Set(AfgerondDoor, door);
        if (input?["gegevens"] is JsonObject gegevens)
        {
            context.Set(Gegevens, (object?)gegevens.DeepClone());
        }
        // The inbox row closes in the same transaction as the step it resumes: a task is never left open after the
        // workflow moved on, and of two completions only one can commit.
        var bookmarkId = bookmark.Id;
        var op = context.Now.UtcDateTime;
        context.InCommit((commit, ct) => TaakAfsluiting.SluitAsync(commit.Db(), bookmarkId, uitkomst, toelichting, door, op, ct));
        context.Complete(uitkomst);
        return ValueTask.CompletedTask;
    }
}
