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

    public bool? VoorOfMetBuurtgenoten { get; set; }

    public bool? CommercieelPolitiekOfReligieus { get; set; }

    public bool BedragGevraagd { get; set; }

    public decimal? GevraagdBedrag { get; set; }

    public bool? EigenBijdrage { get; set; }

    public int? AantalBuurtgenoten { get; set; }

    public DateOnly? Startdatum { get; set; }

    public bool Nodig(OndersteuningsGegeven gegeven) => Benodigd?.Contains(gegeven) == true;
}
