using Participatie.Bot.Diensten;

namespace Participatie.Bot.Flows;

/// <summary>The support question so far: an existing initiative, or the answers the rules need.</summary>
public sealed class OndersteuningState
{
    /// <summary>Reference numbers known in this conversation (offered as a choice).</summary>
    public List<string> BekendeReferenties { get; set; } = [];

    public string? Referentie { get; set; }

    public bool NieuwIdee { get; set; }

    public List<OndersteuningsGegeven>? Benodigd { get; set; }

    public string? Postcode { get; set; }

    public string? BuurtCode { get; set; }

    public string? BuurtNaam { get; set; }

    /// <summary>Places tried that matched no buurt; after two the check goes on without one rather than asking again.</summary>
    public int PlaatsMislukt { get; set; }

    /// <summary>Facts the resident gave that the rules do not read but the intake will (title, kinds of help, with whom).</summary>
    public GedeeldeFeiten Feiten { get; set; } = new();

    public bool? VoorOfMetBuurtgenoten { get; set; }

    public bool? CommercieelPolitiekOfReligieus { get; set; }

    public bool BedragGevraagd { get; set; }

    public decimal? GevraagdBedrag { get; set; }

    public bool? EigenBijdrage { get; set; }

    public int? AantalBuurtgenoten { get; set; }

    public DateOnly? Startdatum { get; set; }

    /// <summary>Everything known, for the intake that may follow.</summary>
    public GedeeldeFeiten NaarFeiten()
    {
        Feiten.Postcode = Postcode;
        Feiten.BuurtCode = BuurtCode;
        Feiten.BuurtNaam = BuurtNaam;
        Feiten.AantalBuurtgenoten = AantalBuurtgenoten;
        Feiten.Bedrag = GevraagdBedrag;
        Feiten.Startdatum = Startdatum;
        return Feiten;
    }

    public bool Nodig(OndersteuningsGegeven gegeven) => Benodigd?.Contains(gegeven) == true;
}
