namespace Participatie.Host.Features.Taken;

/// <summary>
/// The feature-specific form a task must be completed through, because completing it records more than an outcome
/// (an assessment's amounts, an agreement's budget). The generic completion refuses such a task with this form in the
/// problem; the task list carries it so the inbox can open the form instead.
/// </summary>
/// <param name="Soort">The feature, e.g. <c>uitdaagrecht</c>.</param>
/// <param name="Stap">The form within the feature, e.g. <c>beoordeling</c>.</param>
/// <param name="Endpoint">Where the form is posted, e.g. <c>/api/uitdaagrecht/12/beoordeling</c>.</param>
/// <param name="Onderwerp">What the form is about, to show next to it, e.g. <c>/api/uitdaagrecht/12</c>.</param>
public sealed record TaakFormulier(string Soort, string Stap, string Endpoint, string Onderwerp);

/// <summary>The task as a feature sees it to decide whether it has its own form.</summary>
public sealed record TaakKenmerken(int Id, string? WorkflowInstanceId, IReadOnlyList<string> Uitkomsten);

/// <summary>A feature whose tasks (some of them) are completed through its own form. Registered once per feature.</summary>
public interface ITaakFormulieren
{
    /// <summary>The form for <paramref name="taak"/>, or null when the generic completion is right for it.</summary>
    TaakFormulier? Voor(TaakKenmerken taak);
}

/// <summary>Asks every feature's <see cref="ITaakFormulieren"/>; the first that claims a task wins.</summary>
public sealed class TaakFormulierWijzer(IEnumerable<ITaakFormulieren> features)
{
    private readonly ITaakFormulieren[] features = [.. features];

    public TaakFormulier? Voor(TaakKenmerken taak)
    {
        foreach (var feature in features)
        {
            if (feature.Voor(taak) is { } formulier)
            {
                return formulier;
            }
        }

        return null;
    }
}
