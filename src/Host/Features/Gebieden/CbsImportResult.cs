namespace Participatie.Host.Features.Gebieden;

public sealed record CbsImportResult(int Gemeenten, int Wijken, int Buurten, int OverslagenRegels, IReadOnlyList<string> Waarschuwingen)
{
    /// <summary>The summary line the CLI ends with.</summary>
    public string Samenvatting => $"gemeenten={Gemeenten} wijken={Wijken} buurten={Buurten}";
}
