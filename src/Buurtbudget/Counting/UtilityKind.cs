namespace Participatie.Buurtbudget.Counting;

/// <summary>What a funded, approved project is worth to a voter under the Method of Equal Shares.</summary>
public enum UtilityKind
{
    /// <summary>Its cost (equalshares.net's default): projects compete on votes per unit of money.</summary>
    Cost,

    /// <summary>One: projects compete on the share each supporter must pay.</summary>
    Cardinality,

    /// <summary>
    /// The points the voter gave it (points ballots only): the Method of Equal Shares with general
    /// additive utilities, each supporter paying the same price per point, or all they have left.
    /// </summary>
    Points,
}
