namespace Participatie.Host.DemoData;

public sealed record SeedCounts(int Gemeenten, int Wijken, int Buurten, int Corporaties, int Bewoners, int Initiatieven, int Interventies, int Taken, int Programmas)
{
    public override string ToString() =>
        $"gemeenten={Gemeenten} wijken={Wijken} buurten={Buurten} corporaties={Corporaties} bewoners={Bewoners} initiatieven={Initiatieven} interventies={Interventies} taken={Taken} programmas={Programmas}";
}
