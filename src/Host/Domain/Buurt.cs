namespace Participatie.Host.Domain;

/// <summary>
/// A neighbourhood (CBS <c>BU</c> + 8 digits) with the indicators the selection rules read.
/// Indicators are nullable because CBS suppresses values for small buurten (written as <c>.</c>).
/// </summary>
public class Buurt
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Naam { get; set; }
    public int WijkId { get; set; }
    public Wijk? Wijk { get; set; }

    /// <summary>Year the indicators describe (CBS "Perioden").</summary>
    public int? Peiljaar { get; set; }

    public int? Inwoners { get; set; }
    public int? Huishoudens { get; set; }

    /// <summary>Share of rented homes, percent 0–100.</summary>
    public double? AandeelHuurwoningen { get; set; }

    /// <summary>Share of homes owned by a housing corporation, percent 0–100.</summary>
    public double? AandeelCorporatiewoningen { get; set; }

    /// <summary>Average income per inhabitant, in thousands of euros a year.</summary>
    public double? GemiddeldInkomen { get; set; }

    /// <summary>Share of inhabitants aged 15+ receiving a benefit, percent.</summary>
    public double? AandeelUitkeringen { get; set; }

    /// <summary>Liveability on the Leefbaarometer scale 1–9; lower is worse.</summary>
    public double? LeefbaarheidScore { get; set; }

    /// <summary>SES-WOA total score (CBS); lower means a weaker socio-economic position.</summary>
    public double? SesScore { get; set; }

    /// <summary>Spread of the SES-WOA score within the buurt.</summary>
    public double? SesSpreiding { get; set; }

    public double? AandeelLaagOpgeleid { get; set; }
    public double? AandeelMiddelbaarOpgeleid { get; set; }
    public double? AandeelHoogOpgeleid { get; set; }

    /// <summary>Community centres and similar meeting places (social infrastructure).</summary>
    public int? AantalBuurthuizen { get; set; }

    public List<BuurtPostcode> Postcodes { get; set; } = [];
    public List<CorporatieBezit> CorporatieBezit { get; set; } = [];
}
