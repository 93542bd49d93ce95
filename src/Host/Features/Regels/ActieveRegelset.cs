namespace Participatie.Host.Features.Regels;

/// <summary>The published version of a rule set that the engine runs.</summary>
public sealed record ActieveRegelset(string Naam, int Nummer, string Sha256, string Json, DateTime Op, string Door, string? Toelichting)
{
    /// <summary>Kept with every decision the rules take, e.g. <c>buurtselectie v3 @1a2b3c4d5e6f</c>.</summary>
    public string Stempel => $"{Naam} v{Nummer} @{Sha256[..12]}";
}
