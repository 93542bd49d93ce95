using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Pabulib;

/// <summary>pabulib names of <see cref="VoteType"/> values.</summary>
internal static class VoteTypes
{
    public static string Name(VoteType type) => type switch
    {
        VoteType.Approval => "approval",
        VoteType.Ordinal => "ordinal",
        VoteType.Cumulative => "cumulative",
        VoteType.Scoring => "scoring",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static VoteType? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "approval" => VoteType.Approval,
        "ordinal" => VoteType.Ordinal,
        "cumulative" => VoteType.Cumulative,
        "scoring" => VoteType.Scoring,
        _ => null,
    };
}
