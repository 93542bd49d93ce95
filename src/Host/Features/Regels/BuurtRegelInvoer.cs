namespace Participatie.Host.Features.Regels;

/// <summary>A buurt as the <c>buurtselectie</c> rules see it (input <c>buurt</c>). Missing CBS values count as 0.</summary>
public sealed record BuurtRegelInvoer(
    string Code,
    string Naam,
    string WijkNaam,
    int Inwoners,
    int Huishoudens,
    double AandeelHuurwoningen,
    double AandeelCorporatiewoningen,
    double GemiddeldInkomen,
    double AandeelUitkeringen,
    double LeefbaarheidScore,
    double SesScore,
    int AantalActieveInitiatieven,
    int AantalBuurthuizen,
    bool HeeftWijkraad);
