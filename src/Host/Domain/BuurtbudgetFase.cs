namespace Participatie.Host.Domain;

/// <summary>
/// Where a buurtbudget round is in its lifecycle. The round's workflow (<c>workflows-json/workflows/buurtbudget-ronde.json</c>)
/// moves it from phase to phase on the dates of the round; officials may change that workflow in the designer.
/// </summary>
public enum BuurtbudgetFase
{
    /// <summary>Set up, nothing open to residents yet.</summary>
    Voorbereiding,

    /// <summary>Residents submit proposals (in the chat) and staff put initiatives on the list.</summary>
    Voorstellen,

    /// <summary>Staff review the eligible proposals for feasibility (a task per proposal).</summary>
    Beoordeling,

    /// <summary>The ballot is fixed; residents vote with their code.</summary>
    Stemmen,

    /// <summary>Voting closed; the result is published.</summary>
    Uitslag,

    /// <summary>The chosen projects are carried out.</summary>
    Uitvoering,

    /// <summary>The round is over.</summary>
    Afgerond,
}
