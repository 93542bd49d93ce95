using System.Globalization;
using Participatie.Host.Features.Taken;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>
/// The four steps of the uitdaagrecht workflow that staff complete through a form of <c>/api/uitdaagrecht</c>: each is
/// recognised by its task's outcomes in the request's workflow. Completing such a task through the generic inbox would
/// skip what the form records (the assessment's figures, the agreement's budget and start date, the motivation).
/// </summary>
public sealed class UitdaagrechtFormulieren : ITaakFormulieren
{
    public sealed record Stap(string Naam, IReadOnlyList<string> Uitkomsten);

    public static readonly Stap Beoordeling = new("beoordeling", ["naar-college"]);
    public static readonly Stap Besluit = new("besluit", ["toekennen", "afwijzen"]);
    public static readonly Stap Overeenkomst = new("overeenkomst", ["vastgelegd"]);
    public static readonly Stap Evaluatie = new("evaluatie", ["voortzetten", "bijsturen", "beeindigen"]);

    public static readonly IReadOnlyList<Stap> Stappen = [Beoordeling, Besluit, Overeenkomst, Evaluatie];

    private const string InstantieBegin = "uitdaagrecht-";

    public TaakFormulier? Voor(TaakKenmerken taak)
    {
        // The request's instance id is uitdaagrecht-{id} (UitdaagrechtService.InstanceIdVoor).
        if (taak.WorkflowInstanceId is not { } instanceId || !instanceId.StartsWith(InstantieBegin, StringComparison.Ordinal)
            || !int.TryParse(instanceId.AsSpan(InstantieBegin.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var verzoekId))
        {
            return null;
        }

        var stap = Stappen.FirstOrDefault(s => s.Uitkomsten.SequenceEqual(taak.Uitkomsten));
        if (stap is null)
        {
            return null;
        }

        var onderwerp = string.Create(CultureInfo.InvariantCulture, $"/api/uitdaagrecht/{verzoekId}");
        return new TaakFormulier("uitdaagrecht", stap.Naam, $"{onderwerp}/{stap.Naam}", onderwerp);
    }
}
