namespace Participatie.Buurtbudget.Counting;

/// <summary>
/// The result of a count. <see cref="Selected"/> is in the order the rule chose the projects;
/// <see cref="SelectedSorted"/> is sorted ordinally by id. <see cref="Projects"/> has one
/// explanation per project of the election, in the election's order.
/// <see cref="Endowment"/> is each voter's starting budget in the (final) Equal Shares run,
/// <see cref="Add1Steps"/> the number of one-unit raises Add1 accepted, and
/// <see cref="ExactRecounts"/> how many runs needed exact rational arithmetic because the fast
/// floating-point count met a near-tie.
/// </summary>
public sealed record Outcome(
    CountingOptions Options,
    decimal Budget,
    IReadOnlyList<string> Selected,
    decimal Spent,
    IReadOnlyList<ProjectExplanation> Projects)
{
    public IReadOnlyList<string> SelectedSorted => Selected.Order(StringComparer.Ordinal).ToList();

    public decimal? Endowment { get; init; }

    public int Add1Steps { get; init; }

    public int ExactRecounts { get; init; }

    public ProjectExplanation Explain(string projectId) =>
        Projects.FirstOrDefault(p => p.ProjectId == projectId)
        ?? throw new ArgumentException($"Unknown project '{projectId}'.", nameof(projectId));
}
