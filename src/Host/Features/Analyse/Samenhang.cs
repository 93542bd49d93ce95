namespace Participatie.Host.Features.Analyse;

/// <summary>What the data say about a factor and the outcome.</summary>
public enum Samenhang
{
    /// <summary>Fewer than the minimum number of cases with or without the factor: no verdict.</summary>
    TeWeinigGevallen,

    /// <summary>The 95% interval of the difference contains 0: the direction is not known.</summary>
    Onzeker,

    /// <summary>The whole interval lies above 0: the factor goes with better outcomes.</summary>
    Beter,

    /// <summary>The whole interval lies below 0: the factor goes with poorer outcomes.</summary>
    Slechter,
}
