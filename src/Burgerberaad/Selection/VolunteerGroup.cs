namespace Participatie.Burgerberaad.Selection;

/// <summary>
/// Volunteers who share every feature value (one value per feature, in the categories' feature order). The quotas
/// cannot tell them apart, so the LEXIMIN distribution gives them the same probability and a draw picks the group's
/// seats uniformly among its members. Members are ordered by id (ordinal), so the order does not depend on the file.
/// </summary>
public sealed record VolunteerGroup(IReadOnlyList<string> Values, IReadOnlyList<string> MemberIds);
