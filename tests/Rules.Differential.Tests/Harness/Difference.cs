namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>
/// One place where the engines disagree. <see cref="Allowed"/> names the listed difference (docs/rules.md,
/// "Differences from RulesEngine") that explains it; null means nobody decided it is fine, so the test fails.
/// </summary>
public sealed record Difference(string Path, string Aspect, string? Ours, string? Upstream, AllowedDifference? Allowed)
{
    public bool IsListed => Allowed is not null;

    public override string ToString() =>
        $"{Path} {Aspect}: ours «{Ours}» — RulesEngine «{Upstream}»{(Allowed is { } kind ? $" [{kind}]" : " [NOT LISTED]")}";
}
