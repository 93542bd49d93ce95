namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>A request under the uitdaagrecht as the <c>uitdaagrecht</c> rules see it (input <c>uitdaging</c>).</summary>
public sealed record UitdaagrechtRegelInvoer
{
    /// <summary>The recognised kind of municipal task; empty when the task is none the municipality performs.</summary>
    public string Taaksoort { get; init; } = "";

    /// <summary>vereniging, stichting, cooperatie or informeel.</summary>
    public string Organisatievorm { get; init; } = "informeel";

    public int AantalLeden { get; init; }

    /// <summary>What the residents expect it costs a year; 0 when they do not know.</summary>
    public double VerwachteKosten { get; init; }

    /// <summary>The municipality has a budget line for this kind of task, so the budget can be known.</summary>
    public bool BudgetpostBekend { get; init; }

    public string BuurtCode { get; init; } = "";
}
