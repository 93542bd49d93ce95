using Participatie.Bot.Diensten;

namespace Participatie.Bot.Flows;

/// <summary>
/// The intake's answers so far. Every step asks only for what is still missing, so the dialog can be restarted
/// with this state to ask one answer again (changing an answer from the summary, or an unknown buurt).
/// </summary>
public sealed class IntakeState
{
    /// <summary>Identifies this intake; sent as the idempotency key so a retried confirmation creates no second initiative.</summary>
    public string? IntakeId { get; set; }

    public string? Idee { get; set; }

    public string? Titel { get; set; }

    public string? Postcode { get; set; }

    public string? BuurtCode { get; set; }

    public string? BuurtNaam { get; set; }

    public List<BuurtKandidaat>? BuurtKandidaten { get; set; }

    public string? VoorWie { get; set; }

    public string? MetWie { get; set; }

    public int? AantalBuurtgenoten { get; set; }

    /// <summary>Codes of the kinds of help asked for (<see cref="Diensten.Hulpsoort.Code"/>), in catalogue order.</summary>
    public List<string>? Hulp { get; set; }

    public bool HulpAangevuld { get; set; }

    public bool? ZelfUitvoeren { get; set; }

    public bool BegrotingGevraagd { get; set; }

    public decimal? Begroting { get; set; }

    public List<EigenBijdrageSoort>? EigenBijdrage { get; set; }

    public bool EigenBijdrageBedragGevraagd { get; set; }

    public decimal? EigenBijdrageBedrag { get; set; }

    public DateOnly? Startdatum { get; set; }

    public bool PrivacyGetoond { get; set; }

    public string? Naam { get; set; }

    public string? Email { get; set; }

    public string? Telefoon { get; set; }

    public bool WilWijzigen { get; set; }

    /// <summary>The question waiting for an answer; null before the first question.</summary>
    public IntakeVraag? OpenVraag { get; set; }

    /// <summary>A place the resident named in another answer, not yet resolved to one buurt: the place step searches it.</summary>
    public string? PlaatsTekst { get; set; }

    /// <summary>Places tried that matched no buurt; after two the bot offers choices instead of asking again.</summary>
    public int PlaatsMislukt { get; set; }

    /// <summary>The last place that matched no buurt, to offer the nearest names.</summary>
    public string? LaatstGezocht { get; set; }

    /// <summary>Whether the opening message (or the facts shared from the support check) has been read for slots.</summary>
    public bool OpeningGelezen { get; set; }

    public void KiesBuurt(BuurtKandidaat kandidaat)
    {
        BuurtCode = kandidaat.Code;
        BuurtNaam = kandidaat.Naam;
        BuurtKandidaten = null;
        PlaatsMislukt = 0;
    }

    public void Wis(IntakeVeld veld)
    {
        switch (veld)
        {
            case IntakeVeld.Idee: Idee = null; break;
            case IntakeVeld.Titel: Titel = null; break;
            case IntakeVeld.Plaats: Postcode = null; BuurtCode = null; BuurtNaam = null; BuurtKandidaten = null; PlaatsTekst = null; break;
            case IntakeVeld.VoorWie: VoorWie = null; break;
            case IntakeVeld.MetWie: MetWie = null; break;
            case IntakeVeld.Aantal: AantalBuurtgenoten = null; break;
            case IntakeVeld.Hulp: Hulp = null; HulpAangevuld = false; break;
            case IntakeVeld.ZelfUitvoeren: ZelfUitvoeren = null; break;
            case IntakeVeld.Begroting: Begroting = null; BegrotingGevraagd = false; break;
            case IntakeVeld.EigenBijdrage: EigenBijdrage = null; EigenBijdrageBedrag = null; EigenBijdrageBedragGevraagd = false; break;
            case IntakeVeld.Startdatum: Startdatum = null; break;
            case IntakeVeld.Naam: Naam = null; break;
            case IntakeVeld.Contact: Email = null; Telefoon = null; break;
        }
    }
}
