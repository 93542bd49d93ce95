using System.Globalization;
using Participatie.Bot.Diensten;

namespace Participatie.Bot.Tests.Testing;

/// <summary>An in-memory domain: three buurten, simple support rules, initiatives numbered from INI-2026-0042.</summary>
public sealed class FakeDiensten : IParticipatieDiensten
{
    public static readonly BuurtKandidaat Binnenstad = new("BU08280101", "Binnenstad", "Centrum", "Oss");
    public static readonly BuurtKandidaat Schadewijk = new("BU08280305", "Schadewijk", "Schadewijk", "Oss");
    public static readonly BuurtKandidaat Ruwaard = new("BU08280402", "Ruwaard", "Ruwaard", "Oss");
    public static readonly BuurtKandidaat RuwaardNoord = new("BU08280403", "Ruwaard-Noord", "Ruwaard", "Oss");

    /// <summary>The six kinds the product ships with (the Host reads them from workflows-json/hulpsoorten.json).</summary>
    public static readonly IReadOnlyList<Hulpsoort> StandaardHulpsoorten =
    [
        Soort("geld", "Geld", "Money", ["geld", "subsidie", "bijdrage", "financien", "financiering"], ["money", "funding", "grant", "cash"]),
        Soort("ruimte", "Ruimte", "Space", ["ruimte", "locatie", "zaal", "plek", "lokaal", "buurthuis"], ["space", "room", "venue", "place"]),
        Soort("materialen", "Materialen", "Materials", ["materiaal", "materialen", "spullen", "gereedschap", "tafels", "stoelen"], ["materials", "tools", "equipment", "tables", "chairs"]),
        Soort("advies", "Advies", "Advice", ["advies", "raad", "tips", "begeleiding", "ondersteuning"], ["advice", "guidance", "coaching"]),
        Soort("vergunning", "Vergunningen", "Permits", ["vergunning", "vergunningen", "toestemming", "ontheffing"], ["permit", "permits", "permission", "license"]),
        Soort("contactpersoon", "Een contactpersoon", "A contact person", ["contactpersoon", "aanspreekpunt", "contact", "wijkcoordinator", "iemand"], ["contact person", "someone"]),
    ];

    private readonly List<(IntakeAanvraag Aanvraag, string Referentie)> _initiatieven = [];
    private int _volgnummer = 42;

    public IReadOnlyList<IntakeAanvraag> Aanvragen => _initiatieven.Select(i => i.Aanvraag).ToArray();

    public List<OndersteuningsVraag> Vragen { get; } = [];

    public List<InitiatiefZoekvraag> Zoekvragen { get; } = [];

    public IReadOnlyCollection<OndersteuningsGegeven> Benodigd { get; set; } = Enum.GetValues<OndersteuningsGegeven>();

    public bool ThrowOnSearch { get; set; }

    public IReadOnlyList<Hulpsoort> Hulpsoorten { get; set; } = StandaardHulpsoorten;

    public static Hulpsoort Soort(string code, string nl, string en, IReadOnlyList<string> synoniemenNl, IReadOnlyList<string> synoniemenEn) =>
        new(code, new Dictionary<string, string> { ["nl"] = nl, ["en"] = en },
            new Dictionary<string, IReadOnlyList<string>> { ["nl"] = synoniemenNl, ["en"] = synoniemenEn });

    public Task<IReadOnlyList<BuurtKandidaat>> ZoekBuurtenAsync(string postcodeOfNaam, CancellationToken cancellationToken)
    {
        if (ThrowOnSearch)
        {
            throw new InvalidOperationException("database unavailable");
        }

        var query = postcodeOfNaam.Trim().ToLowerInvariant();
        IReadOnlyList<BuurtKandidaat> result = query switch
        {
            "5341 ab" or "5341 ac" => [Binnenstad],
            "5342 cd" => [Schadewijk],
            _ when query.Contains("ruwaard", StringComparison.Ordinal) => [Ruwaard, RuwaardNoord],
            _ when query.Contains("binnenstad", StringComparison.Ordinal) || query.Contains("centrum", StringComparison.Ordinal) => [Binnenstad],
            _ when query.Contains("schadewijk", StringComparison.Ordinal) => [Schadewijk],

            // The Host ranks names that start with what was typed ("ruwa"); the nearest names after two misses rely on it.
            _ when query.Length >= 4 => [.. new[] { Binnenstad, Schadewijk, Ruwaard, RuwaardNoord }.Where(b => b.Naam.StartsWith(query, StringComparison.OrdinalIgnoreCase))],
            _ => [],
        };
        return Task.FromResult(result);
    }

    public Task<InitiatiefAangemaakt> StartInitiatiefAsync(IntakeAanvraag aanvraag, CancellationToken cancellationToken)
    {
        var referentie = string.Create(CultureInfo.InvariantCulture, $"INI-2026-{_volgnummer++:D4}");
        _initiatieven.Add((aanvraag, referentie));
        return Task.FromResult(new InitiatiefAangemaakt(referentie, "Intake door de wijkcoördinator"));
    }

    public Task<IReadOnlyCollection<OndersteuningsGegeven>> BenodigdeGegevensAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Benodigd);

    public Task<OndersteuningsAdvies> BeoordeelOndersteuningAsync(OndersteuningsVraag vraag, CancellationToken cancellationToken)
    {
        Vragen.Add(vraag);
        var engels = vraag.Taal == "en";
        OndersteuningsGegevens gegevens;
        if (vraag.Referentie is not null)
        {
            var gevonden = _initiatieven.FirstOrDefault(i => i.Referentie == vraag.Referentie);
            if (gevonden.Aanvraag is null)
            {
                return Task.FromResult(new OndersteuningsAdvies(false, []));
            }

            var a = gevonden.Aanvraag;
            gegevens = new OndersteuningsGegevens(a.Postcode, a.BuurtCode, true, a.AantalBuurtgenoten, false, a.Begroting, a.EigenBijdrage.Count > 0, a.Startdatum);
        }
        else
        {
            gegevens = vraag.Gegevens ?? new OndersteuningsGegevens();
        }

        var redenen = new List<string>();
        var fonds = true;
        if (gegevens.CommercieelPolitiekOfReligieus == true)
        {
            fonds = false;
            redenen.Add(engels ? "Commercial, political or religious activities are excluded." : "Commerciële, politieke of religieuze activiteiten vallen erbuiten.");
        }

        if (gegevens.GevraagdBedrag is > 5000m)
        {
            fonds = false;
            redenen.Add(engels ? "The maximum is € 5,000 per initiative per year." : "Het maximum is € 5.000 per initiatief per jaar.");
        }

        if (fonds)
        {
            redenen.Add(engels ? "It is for and with residents and within the maximum." : "Het is voor en met bewoners en blijft onder het maximum.");
        }

        var ruimte = gegevens.VoorOfMetBuurtgenoten != false;
        IReadOnlyList<OndersteuningsUitkomst> uitkomsten =
        [
            new("fonds", engels ? "Initiative fund contribution" : "Bijdrage uit het initiatievenfonds", fonds, redenen),
            new("ruimte", engels ? "Space in the community centre" : "Ruimte in het buurthuis", ruimte,
                [ruimte ? (engels ? "Residents organise it together." : "Bewoners organiseren het samen.") : (engels ? "Only for initiatives with other residents." : "Alleen voor initiatieven met andere bewoners.")]),
        ];
        return Task.FromResult(new OndersteuningsAdvies(true, uitkomsten));
    }

    public Task<IReadOnlyList<InitiatiefOverzicht>> ZoekInitiatievenAsync(InitiatiefZoekvraag vraag, CancellationToken cancellationToken)
    {
        Zoekvragen.Add(vraag);
        IReadOnlyList<InitiatiefOverzicht> result = _initiatieven
            .Where(i => vraag.Referenties.Contains(i.Referentie) || (vraag.GebruikerId is not null && i.Aanvraag.Gesprek.User?.Id == vraag.GebruikerId && vraag.Referenties.Count == 0))
            .Select(i => new InitiatiefOverzicht(i.Referentie, i.Aanvraag.Titel, vraag.Taal == "en" ? "Review by the district coordinator" : "Beoordeling door de wijkcoördinator", new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero)))
            .ToArray();
        return Task.FromResult(result);
    }

    public List<IntrekVerzoek> Intrekkingen { get; } = [];

    public Task<IntrekResultaat> TrekInitiatiefInAsync(IntrekVerzoek verzoek, CancellationToken cancellationToken)
    {
        var bestaat = _initiatieven.Any(i => i.Referentie == verzoek.Referentie && i.Aanvraag.Gesprek.Conversation?.Id == verzoek.GesprekId);
        if (!bestaat)
        {
            return Task.FromResult(IntrekResultaat.NietGevonden);
        }

        if (Intrekkingen.Any(i => i.Referentie == verzoek.Referentie))
        {
            return Task.FromResult(IntrekResultaat.NietMogelijk);
        }

        Intrekkingen.Add(verzoek);
        return Task.FromResult(IntrekResultaat.Ingetrokken);
    }
}
