using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Data;
using Participatie.Rules.Engine;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// Answers "which support can I get, and why" with the <c>ondersteuning</c> rules: per support type yes
/// or no, with the reasons the rules give. Works on a stored initiative or on a resident's loose answers.
/// </summary>
public sealed class OndersteuningsBeoordelaar(RegelsetCatalog catalog, RegelInvoerFactory invoer, ParticipatieDbContext db) : IOndersteuningsBeoordelaar
{
    // A version published before rules carried their names still shows them: the shipped file's names for the same rule.
    private readonly OndersteuningsNamen meegeleverd = OndersteuningsNamen.Meegeleverd(catalog.Directory);

    /// <summary>Which answers the rules read, found in their expressions: the bot asks only these.</summary>
    public IReadOnlyCollection<OndersteuningsGegeven> BenodigdeGegevens
    {
        get
        {
            var text = RuleText();
            var nodig = new List<OndersteuningsGegeven>();
            void Als(OndersteuningsGegeven gegeven, params string[] velden)
            {
                if (velden.Any(v => text.Contains(v, StringComparison.OrdinalIgnoreCase)))
                {
                    nodig.Add(gegeven);
                }
            }

            Als(OndersteuningsGegeven.Postcode, "WoontInGemeente");
            Als(OndersteuningsGegeven.VoorOfMetBuurtgenoten, "MetOfVoorAndereBewoners", "ReiktVerderDanEigenHuisEnTuin");
            Als(OndersteuningsGegeven.AantalBuurtgenoten, "AantalHandtekeningen", "AantalDeelnemers");
            Als(OndersteuningsGegeven.CommercieelPolitiekOfReligieus, "IsCommercieel", "IsPolitiek", "IsReligieus");
            Als(OndersteuningsGegeven.GevraagdBedrag, "GevraagdBedrag");
            Als(OndersteuningsGegeven.EigenBijdrage, "EigenBijdrage");
            Als(OndersteuningsGegeven.Startdatum, "StartDatum");
            return nodig;
        }
    }

    public async Task<OndersteuningsAdvies> BeoordeelAsync(OndersteuningsVraag vraag, CancellationToken ct)
    {
        InitiatiefRegelInvoer? input;
        if (!string.IsNullOrWhiteSpace(vraag.Referentie))
        {
            var referentie = vraag.Referentie.Trim().ToUpperInvariant();
            var initiatief = await db.Initiatieven.AsNoTracking().SingleOrDefaultAsync(i => i.Referentie == referentie, ct);
            if (initiatief is null)
            {
                return new OndersteuningsAdvies(false, []);
            }

            input = await invoer.InitiatiefAsync(initiatief, ct);
        }
        else
        {
            input = await VanAntwoordenAsync(vraag.Gegevens ?? new OndersteuningsGegevens(), vraag.Vandaag, ct);
        }

        var resultaten = catalog.Execute(RegelsetCatalog.Ondersteuning, "initiatief", input, ct);
        return new OndersteuningsAdvies(true, resultaten.Select(r => Uitkomst(r, vraag.Taal)).ToList());
    }

    private async Task<InitiatiefRegelInvoer> VanAntwoordenAsync(OndersteuningsGegevens g, DateOnly vandaag, CancellationToken ct)
    {
        var metAnderen = g.VoorOfMetBuurtgenoten ?? true;
        var woontHier = g.Postcode is not null
            ? await invoer.WoontInGemeenteAsync(g.Postcode, null, ct)
            : g.BuurtCode is not null;
        var bedrag = (double)(g.GevraagdBedrag ?? 0);
        return new InitiatiefRegelInvoer
        {
            WoontInGemeente = woontHier,
            ReiktVerderDanEigenHuisEnTuin = metAnderen,
            MetOfVoorAndereBewoners = metAnderen,
            IsCommercieel = g.CommercieelPolitiekOfReligieus ?? false,
            IsPolitiek = g.CommercieelPolitiekOfReligieus ?? false,
            IsReligieus = g.CommercieelPolitiekOfReligieus ?? false,
            GevraagdBedrag = bedrag,
            // "We contribute ourselves" without a kind: counted as time, the most common own contribution.
            EigenBijdrageUren = g.EigenBijdrage == true ? 1 : 0,
            AanvraagDatum = vandaag.ToDateTime(TimeOnly.MinValue),
            StartDatum = (g.Startdatum ?? vandaag.AddMonths(1)).ToDateTime(TimeOnly.MinValue),
            AantalDeelnemers = g.AantalBuurtgenoten ?? 0,
            AantalHandtekeningen = g.AantalBuurtgenoten ?? 0,
            BuurtCode = g.BuurtCode ?? "",
            HulpGevraagd = bedrag > 0 ? ["geld"] : [],
        };
    }

    private OndersteuningsUitkomst Uitkomst(RuleResultTree resultaat, string taal)
    {
        var weergave = OndersteuningsNamen.Naam(resultaat.Rule, taal) ?? meegeleverd.Naam(resultaat.Rule.RuleName, taal) ?? resultaat.Rule.RuleName;
        var redenen = resultaat.IsSuccess
            ? [resultaat.Rule.SuccessEvent ?? resultaat.Rule.RuleName]
            : resultaat.FailureMessages().Where(m => !string.IsNullOrWhiteSpace(m)).Distinct().ToList();
        return new OndersteuningsUitkomst(resultaat.Rule.RuleName, weergave, resultaat.IsSuccess, redenen);
    }

    /// <summary>The published rules' text: a newly published version that reads other answers changes the questions too.</summary>
    private string RuleText() =>
        catalog.Gepubliceerd(RegelsetCatalog.Ondersteuning)?.Json ?? "";
}
