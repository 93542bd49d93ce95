namespace Participatie.Buurtbudget.Model;

/// <summary>
/// One ballot. <see cref="Projects"/> are the projects on the ballot in the order the voter gave them
/// (for approval ballots: the approved projects). <see cref="Points"/> is parallel to
/// <see cref="Projects"/> for cumulative and scoring ballots, and <c>null</c> otherwise.
/// </summary>
public sealed record Voter(string Id, IReadOnlyList<string> Projects, IReadOnlyList<decimal>? Points = null);
