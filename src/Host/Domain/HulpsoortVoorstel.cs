namespace Participatie.Host.Domain;

/// <summary>
/// How a programme proposal (the report per selected buurt) offers this kind of help: who provides it and how, with a
/// variant for buurten where housing corporations own homes. <c>{corporaties}</c> in a text is replaced by their names.
/// </summary>
public sealed record HulpsoortVoorstel(string Wie, string? WieMetCorporatie, string Aanpak, string? AanpakMetCorporatie)
{
    public string WieVoor(IReadOnlyList<string> corporaties) => Vul(corporaties.Count > 0 ? WieMetCorporatie ?? Wie : Wie, corporaties);

    public string AanpakVoor(IReadOnlyList<string> corporaties) => Vul(corporaties.Count > 0 ? AanpakMetCorporatie ?? Aanpak : Aanpak, corporaties);

    private static string Vul(string tekst, IReadOnlyList<string> corporaties) =>
        tekst.Replace("{corporaties}", string.Join(" en ", corporaties), StringComparison.Ordinal);
}
