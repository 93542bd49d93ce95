using Bogus;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.DemoData;

/// <summary>
/// Fills the database with the demo municipality: wijken and ~60 buurten whose indicators vary the
/// way real ones do (deprivation drives SES, income, benefits, liveability and corporation share
/// together), corporations, residents, ~200 initiatives in every status with their history, ~40
/// earlier interventions with outcomes, and the doe-democratie programme. The same seed gives the
/// same data every time; dates are relative to the clock so the demo always looks current.
/// </summary>
public sealed class DemoDataSeeder(ParticipatieDbContext db, TimeProvider clock)
{
    public const int DefaultSeed = 20151101;
    private const int InitiatiefCount = 200;
    private const int InterventieCount = 40;

    public async Task<SeedCounts> SeedAsync(CancellationToken ct, int seed = DefaultSeed)
    {
        if (await db.Gemeenten.AnyAsync(ct))
        {
            throw new InvalidOperationException("De database bevat al gegevens; gebruik 'seed --reset' om opnieuw te vullen.");
        }

        var faker = new Faker("nl") { Random = new Randomizer(seed) };
        var today = clock.GetUtcNow().UtcDateTime.Date;

        var gemeente = new Gemeente { Code = DemoGemeente.Code, Naam = DemoGemeente.Naam };
        var corporaties = DemoGemeente.Corporaties.Select(n => new Woningcorporatie { Naam = n, Contact = $"bewonerszaken@{Slug(n)}.example" }).ToList();
        var buurten = CreateGeografie(gemeente, corporaties, faker);

        db.Gemeenten.Add(gemeente);
        db.Woningcorporaties.AddRange(corporaties);
        await db.SaveChangesAsync(ct);

        var bewoners = CreateBewoners(buurten, faker, today);
        db.Bewoners.AddRange(bewoners);
        await db.SaveChangesAsync(ct);

        var (initiatieven, taken) = CreateInitiatieven(buurten, bewoners, faker, today);
        db.Initiatieven.AddRange(initiatieven);
        await db.SaveChangesAsync(ct);
        db.Taken.AddRange(taken);

        var interventies = CreateInterventies(buurten, faker, today);
        db.Interventies.AddRange(interventies);

        var programma = CreateProgramma(gemeente, today);
        db.Programmas.Add(programma);
        await db.SaveChangesAsync(ct);

        return new SeedCounts(1, gemeente.Wijken.Count, buurten.Count, corporaties.Count, bewoners.Count, initiatieven.Count, interventies.Count, taken.Count, 1);
    }

    /// <summary>Deletes every domain row (accounts stay) so the demo can be seeded again. Portable SQL; the schema is untouched.</summary>
    public async Task ResetAsync(CancellationToken ct)
    {
        string[] tables =
        [
            "Taken", "InitiatiefStatusHistorie", "Initiatieven", "Interventies", "ProgrammaFases", "Programmas",
            "Bewoners", "CorporatieBezit", "BuurtPostcodes", "Woningcorporaties", "Buurten", "Wijken", "Gemeenten",
        ];
        foreach (var table in tables)
        {
#pragma warning disable EF1002 // Table names come from the fixed list above, not from input.
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\"", ct);
#pragma warning restore EF1002
        }
    }

    private static List<Buurt> CreateGeografie(Gemeente gemeente, List<Woningcorporatie> corporaties, Faker faker)
    {
        var buurten = new List<Buurt>();
        var postcode = 5341;
        for (var w = 0; w < DemoGemeente.Wijken.Length; w++)
        {
            var spec = DemoGemeente.Wijken[w];
            var wijkCode = $"WK{DemoGemeente.Code[2..]}{w:00}";
            var wijk = new Wijk { Code = wijkCode, Naam = spec.Naam, Wijkraad = spec.Wijkraad };
            gemeente.Wijken.Add(wijk);

            // Wijken differ as a whole (a post-war district vs. a village) and buurten within them.
            var wijkAchterstand = faker.Random.Double(-1.0, 1.2);
            var isDorp = spec.Wijkraad?.StartsWith("Dorpsraad", StringComparison.Ordinal) == true;
            for (var b = 0; b < spec.Buurten.Length; b++)
            {
                var achterstand = wijkAchterstand + Normal(faker, 0, 0.6);
                var buitengebied = spec.Buurten[b].StartsWith("Buitengebied", StringComparison.Ordinal);
                var inwoners = buitengebied ? faker.Random.Int(250, 900) : faker.Random.Int(isDorp ? 600 : 900, isDorp ? 2800 : 4800);
                var huishoudgrootte = Math.Clamp(2.2 - 0.15 * achterstand + Normal(faker, 0, 0.15), 1.5, 3.0);
                var corporatie = buitengebied ? faker.Random.Double(0, 6) : Math.Clamp(28 + 17 * achterstand + Normal(faker, 0, 8), 2, 85);
                var particuliereHuur = Math.Clamp(9 + 4 * achterstand + Normal(faker, 0, 4), 1, 35);

                var buurt = new Buurt
                {
                    Code = $"BU{DemoGemeente.Code[2..]}{w:00}{b:00}",
                    Naam = spec.Buurten[b],
                    Peiljaar = 2025,
                    Inwoners = inwoners,
                    Huishoudens = (int)Math.Round(inwoners / huishoudgrootte),
                    AandeelCorporatiewoningen = Math.Round(corporatie, 1),
                    AandeelHuurwoningen = Math.Round(Math.Min(95, corporatie + particuliereHuur), 1),
                    GemiddeldInkomen = Math.Round(Math.Clamp(33 - 5.5 * achterstand + Normal(faker, 0, 2.5), 17, 55), 1),
                    AandeelUitkeringen = Math.Round(Math.Clamp(7 + 4.5 * achterstand + Normal(faker, 0, 1.5), 1, 30), 1),
                    LeefbaarheidScore = Math.Round(Math.Clamp(6.3 - 0.9 * achterstand + Normal(faker, 0, 0.35), 2.5, 8.8), 2),
                    SesScore = Math.Round(Math.Clamp(0.05 - 0.38 * achterstand + Normal(faker, 0, 0.12), -1.5, 0.9), 3),
                    SesSpreiding = Math.Round(faker.Random.Double(0.75, 1.05), 3),
                    AandeelLaagOpgeleid = Math.Round(Math.Clamp(22 + 9 * achterstand + Normal(faker, 0, 4), 5, 60), 1),
                    AandeelHoogOpgeleid = Math.Round(Math.Clamp(33 - 10 * achterstand + Normal(faker, 0, 5), 5, 75), 1),
                    AantalBuurthuizen = buitengebied ? 0 : faker.Random.WeightedRandom([0, 1, 2], [0.45f, 0.45f, 0.10f]),
                };
                buurt.AandeelMiddelbaarOpgeleid = Math.Round(100 - buurt.AandeelLaagOpgeleid!.Value - buurt.AandeelHoogOpgeleid!.Value, 1);
                buurt.Postcodes.Add(new BuurtPostcode { Postcode4 = (postcode++).ToString(System.Globalization.CultureInfo.InvariantCulture) });

                // Corporation homes are split over one to three corporations.
                var woningen = (int)Math.Round(buurt.Huishoudens!.Value * corporatie / 100);
                if (woningen > 0)
                {
                    var eigenaren = faker.PickRandom(corporaties, faker.Random.Int(1, corporaties.Count)).ToList();
                    var rest = woningen;
                    for (var i = 0; i < eigenaren.Count; i++)
                    {
                        var aantal = i == eigenaren.Count - 1 ? rest : faker.Random.Int(0, rest);
                        rest -= aantal;
                        if (aantal > 0)
                        {
                            buurt.CorporatieBezit.Add(new CorporatieBezit { Woningcorporatie = eigenaren[i], AantalWoningen = aantal });
                        }
                    }
                }

                wijk.Buurten.Add(buurt);
                buurten.Add(buurt);
            }
        }

        return buurten;
    }

    private static List<Bewoner> CreateBewoners(List<Buurt> buurten, Faker faker, DateTime today)
    {
        var bewoners = new List<Bewoner>();
        for (var i = 0; i < 240; i++)
        {
            var buurt = faker.PickRandom(buurten);
            var voornaam = faker.Name.FirstName();
            var achternaam = faker.Name.LastName();
            bewoners.Add(new Bewoner
            {
                Naam = $"{voornaam} {achternaam}",
                Email = faker.Random.Bool(0.85f) ? faker.Internet.Email(voornaam, achternaam, "example.nl") : null,
                Telefoon = faker.Random.Bool(0.5f) ? "06-" + faker.Random.ReplaceNumbers("########") : null,
                Postcode = buurt.Postcodes[0].Postcode4 + " " + faker.Random.String2(2, "ABCDEGHJKLMNPRSTVWXZ"),
                AangemaaktOp = today.AddDays(-faker.Random.Int(1, 900)),
            });
        }

        return bewoners;
    }

    private static (List<Initiatief>, List<Taak>) CreateInitiatieven(List<Buurt> buurten, List<Bewoner> bewoners, Faker faker, DateTime today)
    {
        var initiatieven = new List<Initiatief>();
        var taken = new List<Taak>();

        // Every status occurs; most initiatives are somewhere in the middle of their life.
        var eindStatussen = Enum.GetValues<InitiatiefStatus>();
        float[] gewichten = [0.08f, 0.10f, 0.08f, 0.06f, 0.12f, 0.10f, 0.20f, 0.16f, 0.05f, 0.05f];

        for (var i = 0; i < InitiatiefCount; i++)
        {
            var template = faker.PickRandom(InitiatiefTemplates.All);
            var bewoner = faker.PickRandom(bewoners);
            var buurt = buurten.FirstOrDefault(b => bewoner.Postcode!.StartsWith(b.Postcodes[0].Postcode4, StringComparison.Ordinal)) ?? faker.PickRandom(buurten);
            var eindStatus = faker.Random.WeightedRandom(eindStatussen, gewichten);
            var budget = Math.Round((decimal)faker.Random.Int(template.MinBudget, template.MaxBudget) / 10) * 10;
            var eigenBijdrage = Math.Round(budget * (decimal)faker.Random.Double(0, 0.3) / 10) * 10;
            // Initiatives still being handled were submitted recently, so their open tasks are mostly not yet overdue.
            var ingediend = eindStatus switch
            {
                InitiatiefStatus.Ingediend => today.AddDays(-faker.Random.Int(0, 6)),
                InitiatiefStatus.InBehandeling or InitiatiefStatus.Advies or InitiatiefStatus.Besluit => today.AddDays(-faker.Random.Int(5, 40)),
                InitiatiefStatus.Afgerond => today.AddDays(-faker.Random.Int(60, 720)),
                _ => today.AddDays(-faker.Random.Int(20, 240)),
            };

            var initiatief = new Initiatief
            {
                Referentie = $"INI-{ingediend.Year}-{i + 1:0000}",
                Titel = Fill(template.Titel, buurt, faker),
                Omschrijving = template.Omschrijving,
                Buurt = buurt,
                Thema = template.Thema,
                VoorWie = faker.PickRandom("alle buurtbewoners", "kinderen uit de buurt", "ouderen in de straat", "jongeren", "nieuwe bewoners", "huurders van het complex"),
                MetWie = faker.PickRandom("een paar buren", "de bewonerscommissie", "de school", "het buurthuis", "de huurdersvereniging", "vrijwilligers van de kerk"),
                AantalDeelnemers = faker.Random.Int(2, 40),
                AantalHandtekeningen = faker.Random.Int(0, 60),
                GevraagdeOndersteuning = template.Hulp,
                GeraamdBudget = budget,
                GevraagdBedrag = Math.Max(0, budget - eigenBijdrage),
                EigenBijdrageGeld = eigenBijdrage,
                EigenBijdrageUren = faker.Random.Int(0, 120),
                EigenBijdrageMaterialen = faker.Random.Bool(0.4f),
                WilZelfUitvoeren = eindStatus != InitiatiefStatus.OvergenomenDoorGemeente,
                CorporatieBetrokken = buurt.CorporatieBezit.Count > 0 && faker.Random.Bool(0.5f),
                StartDatum = ingediend.AddDays(faker.Random.Int(21, 120)),
                IngediendOp = ingediend,
                Bewoner = bewoner,
            };

            AddHistorie(initiatief, eindStatus, faker, today, taken);
            initiatieven.Add(initiatief);
        }

        return (initiatieven, taken);
    }

    /// <summary>Walks the initiative along the routing steps up to its final status, with dated entries and the completed tasks of each step.</summary>
    private static void AddHistorie(Initiatief initiatief, InitiatiefStatus eindStatus, Faker faker, DateTime today, List<Taak> taken)
    {
        var op = initiatief.IngediendOp;
        initiatief.ZetStatus(InitiatiefStatus.Ingediend, op, "bewoner", "Ingediend via de chat.");
        if (eindStatus == InitiatiefStatus.Ingediend)
        {
            return;
        }

        if (eindStatus == InitiatiefStatus.OvergenomenDoorGemeente)
        {
            initiatief.ZetStatus(eindStatus, Step(ref op, faker, today, 1, 5), "systeem", "De bewoners willen het niet zelf uitvoeren; de gemeente pakt het op als gewoon verzoek.");
            return;
        }

        InitiatiefStatus[] pad = [InitiatiefStatus.InBehandeling, InitiatiefStatus.Advies, InitiatiefStatus.Besluit];
        foreach (var stap in pad)
        {
            if (eindStatus == InitiatiefStatus.Ingetrokken && faker.Random.Bool(0.4f))
            {
                break;
            }

            var start = op;
            initiatief.ZetStatus(stap, Step(ref op, faker, today, 2, 12), StapDoor(stap), null);
            taken.Add(CompletedTaak(initiatief, stap, start, op, faker));
            if (stap == eindStatus)
            {
                // The last task is the one now waiting: reopen it.
                var open = taken[^1];
                open.Status = TaakStatus.Open;
                open.Uitkomst = null;
                open.Toelichting = null;
                open.AfgerondOp = null;
                open.AfgerondDoor = null;
                open.VervalDatum = op.AddDays(faker.Random.Int(7, 30));
                return;
            }
        }

        switch (eindStatus)
        {
            case InitiatiefStatus.Ingetrokken:
                initiatief.ZetStatus(eindStatus, Step(ref op, faker, today, 1, 10), "bewoner", "Ingetrokken door de bewoner.");
                break;
            case InitiatiefStatus.Afgewezen:
                initiatief.ZetStatus(eindStatus, Step(ref op, faker, today, 1, 5), "afdeling", "Past niet binnen de voorwaarden van het initiatievenfonds.");
                break;
            default:
                initiatief.ZetStatus(InitiatiefStatus.Toegekend, Step(ref op, faker, today, 1, 5), "afdeling", "Ondersteuning toegekend.");
                if (eindStatus is InitiatiefStatus.InUitvoering or InitiatiefStatus.Afgerond)
                {
                    initiatief.ZetStatus(InitiatiefStatus.InUitvoering, Step(ref op, faker, today, 5, 30), "bewoner", null);
                }

                if (eindStatus == InitiatiefStatus.Afgerond)
                {
                    initiatief.ZetStatus(InitiatiefStatus.Afgerond, Step(ref op, faker, today, 20, 120), "wijkcoordinator",
                        faker.PickRandom("Goed verlopen, veel buren deden mee.", "Kleiner dan gepland, maar de groep gaat door.", "Mooi resultaat; volgend jaar weer."));
                }

                break;
        }
    }

    private static Taak CompletedTaak(Initiatief initiatief, InitiatiefStatus stap, DateTime start, DateTime klaar, Faker faker)
    {
        var (titel, rol, uitkomsten) = stap switch
        {
            InitiatiefStatus.InBehandeling => ("Intake door de wijkcoördinator", "wijkcoordinator", new List<string> { "doorzetten", "meer-informatie", "niet-ondersteunen" }),
            InitiatiefStatus.Advies => ("Advies wijk- of dorpsraad", "wijkraad", new List<string> { "positief", "negatief", "geen-advies" }),
            _ => ("Besluit over ondersteuning", "afdeling", new List<string> { "toekennen", "afwijzen" }),
        };
        return new Taak
        {
            Titel = $"{titel}: {initiatief.Titel}",
            Rol = rol,
            Buurt = initiatief.Buurt,
            Initiatief = initiatief,
            AangemaaktOp = start,
            VervalDatum = start.AddDays(7),
            Status = TaakStatus.Afgerond,
            Uitkomsten = uitkomsten,
            Uitkomst = uitkomsten[0],
            Toelichting = faker.PickRandom("Akkoord.", "Goed idee, past bij de buurt.", "Na gesprek met de initiatiefnemer akkoord."),
            AfgerondOp = klaar,
            AfgerondDoor = rol,
        };
    }

    private static List<Interventie> CreateInterventies(List<Buurt> buurten, Faker faker, DateTime today)
    {
        var codes = InterventieTemplates.Effect.Keys.ToArray();
        var helpend = codes.Where(c => InterventieTemplates.Effect[c] > 0).ToArray();
        var remmend = codes.Where(c => InterventieTemplates.Effect[c] < 0).ToArray();
        var interventies = new List<Interventie>();
        for (var i = 0; i < InterventieCount; i++)
        {
            var template = faker.PickRandom(InterventieTemplates.All);
            var buurt = faker.PickRandom(buurten);
            var lopend = i >= InterventieCount - 4;
            var start = today.AddMonths(-faker.Random.Int(lopend ? 2 : 14, lopend ? 12 : 96));
            var succes = faker.PickRandom(helpend, faker.Random.Int(0, 3)).ToList();
            var belemmering = faker.PickRandom(remmend, faker.Random.Int(0, 2)).ToList();
            var score = 3.0 + succes.Sum(c => InterventieTemplates.Effect[c]) + belemmering.Sum(c => InterventieTemplates.Effect[c]) + Normal(faker, -0.3, 0.6);

            interventies.Add(new Interventie
            {
                Titel = Fill(template.Titel, buurt, faker),
                Buurt = buurt,
                Thema = template.Thema,
                Doel = template.Doel,
                Aanpak = template.Aanpak,
                Partijen = string.Join(", ", faker.PickRandom(["gemeente", "woningcorporatie", "welzijnsorganisatie", "huurdersvereniging", "politie", "bewonerscommissie", "school"], faker.Random.Int(2, 4))),
                StartDatum = start,
                EindDatum = lopend ? null : start.AddMonths(faker.Random.Int(3, 18)),
                Bereik = faker.Random.Int(15, 600),
                Uitkomst = lopend ? null : (int)Math.Clamp(Math.Round(score), 1, 5),
                Succesfactoren = succes,
                Belemmeringen = belemmering,
                Leerpunten = string.Join(" ", succes.Concat(belemmering).Select(c => InterventieTemplates.Leerpunten[c])),
            });
        }

        return interventies;
    }

    private static Programma CreateProgramma(Gemeente gemeente, DateTime today)
    {
        // The plan in seed 000 starts on 1 November; the demo programme starts on the first 1 November from now.
        var start = new DateTime(today.Month >= 11 ? today.Year : today.Year - 1, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        var programma = new Programma
        {
            Naam = $"Doe-democratie {DemoGemeente.Naam} {start.Year}–{start.Year + 1}",
            Omschrijving = "De buurt teruggeven aan de bewoners: gemeente en corporaties vergroten samen de burgerkracht en zelfredzaamheid in twee buurten.",
            Gemeente = gemeente,
            StartDatum = start,
            EindDatum = start.AddMonths(13).AddDays(-1),
            Status = ProgrammaStatus.Gepland,
        };
        var volgorde = 1;
        foreach (var (code, naam, startMaand, eindMaand) in DemoGemeente.ProgrammaFases)
        {
            programma.Fases.Add(new ProgrammaFase
            {
                Code = code,
                Naam = naam,
                Volgorde = volgorde++,
                StartDatum = start.AddMonths(startMaand),
                EindDatum = start.AddMonths(eindMaand).AddDays(-1),
                Status = ProgrammaStatus.Gepland,
            });
        }

        return programma;
    }

    private static DateTime Step(ref DateTime op, Faker faker, DateTime today, int minDays, int maxDays)
    {
        // History never runs into the future: steps that would, happen just before today.
        var next = op.AddDays(faker.Random.Int(minDays, maxDays)).AddHours(faker.Random.Int(8, 17));
        var latest = today.AddHours(-1);
        op = next <= latest ? next : op < latest ? latest : op.AddMinutes(30);
        return op;
    }

    private static string StapDoor(InitiatiefStatus stap) => stap switch
    {
        InitiatiefStatus.InBehandeling => "wijkcoordinator",
        InitiatiefStatus.Advies => "wijkraad",
        _ => "afdeling",
    };

    private static string Fill(string template, Buurt buurt, Faker faker) =>
        template.Replace("{buurt}", buurt.Naam, StringComparison.Ordinal).Replace("{straat}", faker.Address.StreetName(), StringComparison.Ordinal);

    private static double Normal(Faker faker, double mean, double sd)
    {
        // Box–Muller on Bogus's seeded generator keeps the data deterministic.
        var u1 = 1.0 - faker.Random.Double();
        var u2 = faker.Random.Double();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static string Slug(string naam) => new(naam.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
