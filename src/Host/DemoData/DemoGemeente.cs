namespace Participatie.Host.DemoData;

/// <summary>
/// The fictional demo municipality "Maaswaarde": a town with five wijken and two villages. Names are
/// invented (typical Dutch buurt names) so nobody mistakes the synthetic indicators for real figures.
/// </summary>
internal static class DemoGemeente
{
    public const string Code = "GM9901";
    public const string Naam = "Maaswaarde";

    public sealed record WijkSpec(string Naam, string? Wijkraad, string[] Buurten);

    public static readonly WijkSpec[] Wijken =
    [
        new("Centrum", "Wijkraad Centrum",
            ["Binnenstad", "Havenkwartier", "Kloosterhof", "Marktveld", "Stationsbuurt", "Oude Molen", "Walstraat", "Kerkplein"]),
        new("Noord", "Wijkraad Noord",
            ["Vogelbuurt", "Bloemenbuurt", "Schildersbuurt", "Componistenbuurt", "De Horst", "Noorderpark", "Eikenhof", "Beukenlaan"]),
        new("Oost", null,
            ["Maasakkers", "Dommelhof", "Koornstraat", "De Wielen", "Rivierenbuurt", "Sterrenbuurt", "Spoorzone", "Kruidenhof"]),
        new("Zuid", "Wijkraad Zuid",
            ["Zuiderhout", "De Kooi", "Hazenakker", "Heihoek", "Bergakker", "Lindenbuurt", "Kastanjehof", "Vijverhof"]),
        new("West", null,
            ["Westerpark", "De Vlier", "Molenkamp", "Schepenbuurt", "Gildebuurt", "Kanaalzone", "Papenhoek"]),
        new("Berkhoven", "Dorpsraad Berkhoven",
            ["Berkhoven-Kern", "Berkhoven-Noord", "De Akkers", "Kerkeind", "Hoogveld", "Buitengebied Berkhoven"]),
        new("Maasdonk", "Dorpsraad Maasdonk",
            ["Maasdonk-Kern", "Dijkhuizen", "Uiterwaard", "Veerweg", "Buitengebied Maasdonk"]),
        new("Nieuw-Zuid", null,
            ["Reigershof", "Zwanenveld", "Eendenwaard", "Ganzenpark", "Zilverreiger", "Kievitsbloem", "Waterland", "Parkwijk", "Meerzicht", "Lisdodde"]),
    ];

    public static readonly string[] Corporaties =
    [
        "Woonstichting Maasoever",
        "Wooncorporatie Het Baken",
        "Stichting Thuis in de Buurt",
    ];

    /// <summary>The six phases of the doe-democratie plan (seed 000), as (code, name, start, end) offsets in months from the programme start.</summary>
    public static readonly (string Code, string Naam, int StartMaand, int EindMaand)[] ProgrammaFases =
    [
        ("analyse", "Analyse succesfactoren en leerpunten", 0, 3),
        ("selectie", "Selectie 2 buurten incl. plannen van aanpak", 3, 4),
        ("uitvoering", "Uitvoering", 4, 11),
        ("voorstel", "Voorstel bijdragen gemeente en corporaties", 11, 12),
        ("advies", "Opstellen advies gezamenlijke samenwerking", 12, 13),
        ("besluit", "Besluit samenwerking", 12, 13),
    ];
}
