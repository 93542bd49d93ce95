namespace Participatie.Host.Domain;

/// <summary>
/// A kind of help residents can ask for (money, a space, advice …), one entry of the catalogue in
/// <c>workflows-json/hulpsoorten.json</c>. <see cref="Code"/> is what an initiative stores and what the rules read
/// (<c>initiatief.HulpGevraagd</c>); <see cref="Regelset"/> names the rule set that decides the support for it.
/// </summary>
public sealed record Hulpsoort(
    string Code,
    IReadOnlyDictionary<string, string> Naam,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Synoniemen,
    string Regelset,
    HulpsoortVoorstel Voorstel)
{
    public string NaamNl => Naam["nl"];
}
