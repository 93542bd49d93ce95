namespace Participatie.Host.Features.Burgerberaad;

/// <summary>One quota line as staff enter it (and as the proposal gives it).</summary>
public sealed record QuotumInvoer(string? Kenmerk, string? Waarde, int Min, int Max);
