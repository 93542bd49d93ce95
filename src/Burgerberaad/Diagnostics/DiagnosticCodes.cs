namespace Participatie.Burgerberaad.Diagnostics;

/// <summary>The codes of every problem the burgerberaad engine reports (docs/burgerberaad.md lists them).</summary>
public static class DiagnosticCodes
{
    /// <summary>The file is empty or has no header line.</summary>
    public const string EmptyFile = "BB0001";

    /// <summary>A required column (<c>feature</c>, <c>value</c>, <c>min</c>, <c>max</c>, <c>id</c>) is missing.</summary>
    public const string MissingColumn = "BB0002";

    /// <summary>A row has a different number of fields than the header, or a quote is not closed.</summary>
    public const string MalformedRow = "BB0003";

    /// <summary><c>min</c> or <c>max</c> is not a whole number of zero or more.</summary>
    public const string BadNumber = "BB0004";

    /// <summary><c>min</c> is larger than <c>max</c>.</summary>
    public const string MinAboveMax = "BB0005";

    /// <summary>The same feature and value appear twice in the categories, or a header twice.</summary>
    public const string Duplicate = "BB0006";

    /// <summary>An empty feature, value or id.</summary>
    public const string EmptyField = "BB0007";

    /// <summary>The same respondent id appears twice.</summary>
    public const string DuplicateId = "BB0101";

    /// <summary>A feature of the categories has no column in the respondents file.</summary>
    public const string MissingFeatureColumn = "BB0102";

    /// <summary>A respondent has a value that the categories do not list for that feature.</summary>
    public const string UnknownValue = "BB0103";

    /// <summary>The panel size is not between 1 and the number of respondents.</summary>
    public const string BadPanelSize = "BB0201";

    /// <summary>No panel meets all quotas; the message names the conflict and the nearest relaxation.</summary>
    public const string InfeasibleQuotas = "BB0202";

    /// <summary>A solver failed (numerical trouble).</summary>
    public const string SolverFailure = "BB0301";

    /// <summary>Warning: the time limit stopped the LEXIMIN computation; the lottery is valid but not proven LEXIMIN.</summary>
    public const string TimeLimitReached = "BB0302";
}
