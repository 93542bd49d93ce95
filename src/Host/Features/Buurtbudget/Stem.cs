namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// A ballot as a voter submits it: the project codes they support (approval round), or the points they give each
/// project code (points round; projects left out or given 0 points are not supported).
/// </summary>
public sealed record Stem(IReadOnlyList<string>? Projecten, IReadOnlyDictionary<string, decimal>? Punten);
