
namespace Participatie.Host.Features.Privacy;

/// <summary>What the access rules need to know about one initiative: where it is, which corporations own homes there, which roles its routing named.</summary>
public sealed record InitiatiefRelatie(int InitiatiefId, string WijkCode, IReadOnlySet<int> Corporaties, IReadOnlySet<string> TaakRollen);
