namespace Participatie.Burgerberaad.Tests.Support;

/// <summary>One entry of the corpus's EXPECTED.json.</summary>
public sealed record ExpectedPool(
    string Folder,
    int Size,
    int FeasiblePanels,
    double MinProbability,
    IReadOnlyDictionary<string, double> LeximinProbabilities,
    IReadOnlyList<string> NeverSelectable);
