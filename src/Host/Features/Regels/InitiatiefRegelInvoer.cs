namespace Participatie.Host.Features.Regels;

/// <summary>An initiative (or a resident's loose answers) as the <c>ondersteuning</c> and <c>routering</c> rules see it (input <c>initiatief</c>).</summary>
public sealed record InitiatiefRegelInvoer
{
    public bool WoontInGemeente { get; init; }
    public bool ReiktVerderDanEigenHuisEnTuin { get; init; }
    public bool MetOfVoorAndereBewoners { get; init; }
    public bool IsCommercieel { get; init; }
    public bool IsPolitiek { get; init; }
    public bool IsReligieus { get; init; }
    public double GevraagdBedrag { get; init; }
    public double EerderOntvangenDitJaar { get; init; }
    public double EigenBijdrageGeld { get; init; }
    public double EigenBijdrageUren { get; init; }
    public bool EigenBijdrageMaterialen { get; init; }
    public DateTime AanvraagDatum { get; init; }
    public DateTime StartDatum { get; init; }
    public int AantalDeelnemers { get; init; }
    public int AantalHandtekeningen { get; init; }
    public bool CorporatieBezitBetrokken { get; init; }
    public bool HuurdersBetrokken { get; init; }
    public bool CorporatieBetrokken { get; init; }
    public bool HeeftWijkraad { get; init; }
    public bool WilZelfUitvoeren { get; init; } = true;
    public string Thema { get; init; } = "anders";
    public string BuurtCode { get; init; } = "";
    public string[] HulpGevraagd { get; init; } = [];
}
