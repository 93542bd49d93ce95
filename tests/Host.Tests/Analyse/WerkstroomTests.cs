using Participatie.Host.Domain;
using Participatie.Host.Features.Analyse;
using Participatie.Host.Features.Initiatieven;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Analyse;

/// <summary>Dashboard figures on a hand-made set of initiatives and tasks.</summary>
public sealed class WerkstroomTests
{
    private static readonly DateTime Dag0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Nu = Dag0.AddDays(20);

    private static readonly Werkstroom.InitiatiefFeit[] Initiatieven =
    [
        Initiatief(1, "BU00000001", InitiatiefStatus.Toegekend,
            (InitiatiefStatus.Ingediend, 0), (InitiatiefStatus.InBehandeling, 2), (InitiatiefStatus.Advies, 5), (InitiatiefStatus.Besluit, 9), (InitiatiefStatus.Toegekend, 10)),
        Initiatief(2, "BU00000001", InitiatiefStatus.Afgewezen,
            (InitiatiefStatus.Ingediend, 0), (InitiatiefStatus.InBehandeling, 4), (InitiatiefStatus.Advies, 6), (InitiatiefStatus.Besluit, 8), (InitiatiefStatus.Afgewezen, 12)),
        Initiatief(3, "BU00000002", InitiatiefStatus.Ingediend, (InitiatiefStatus.Ingediend, 0)),
    ];

    private static readonly Werkstroom.TaakFeit[] Taken =
    [
        new(1, "wijkcoordinator", "BU00000001", "Buurt 1", Dag0, Dag0.AddDays(7), TaakStatus.Afgerond, Dag0.AddDays(3), "doorzetten"),
        new(2, "wijkcoordinator", "BU00000001", "Buurt 1", Dag0, Dag0.AddDays(7), TaakStatus.Afgerond, Dag0.AddDays(9), "doorzetten"),
        new(3, "afdeling", "BU00000002", "Buurt 2", Dag0.AddDays(8), Dag0.AddDays(15), TaakStatus.Open, null, null),
        new(4, "wijkraad", "BU00000002", "Buurt 2", Dag0.AddDays(18), Dag0.AddDays(25), TaakStatus.Open, null, null),
    ];

    [Fact]
    public void Bereken_InitiativesPerBuurtAndStatus()
    {
        var overzicht = Werkstroom.Bereken(Initiatieven, Taken, Nu);

        Assert.Equal(3, overzicht.AantalInitiatieven);
        Assert.Equal(
            [("BU00000001", InitiatiefStatus.Toegekend, 1), ("BU00000001", InitiatiefStatus.Afgewezen, 1), ("BU00000002", InitiatiefStatus.Ingediend, 1)],
            overzicht.PerBuurtEnStatus.Select(r => (r.BuurtCode, r.Status, r.Aantal)));
    }

    [Fact]
    public void Bereken_LeadTimePerStep_FromStatusHistory()
    {
        var perStap = Werkstroom.Bereken(Initiatieven, Taken, Nu).DoorlooptijdPerStap.ToDictionary(d => d.Stap);

        Assert.Equal((2, 3.0), (perStap["Ingediend"].Aantal, perStap["Ingediend"].MediaanDagen!.Value));
        Assert.Equal(2.5, perStap["InBehandeling"].MediaanDagen);
        Assert.Equal(3.0, perStap["Advies"].MediaanDagen);
        Assert.Equal(2.5, perStap["Besluit"].MediaanDagen);
    }

    [Fact]
    public void Bereken_LeadTimePerTaskRole_FromCompletedTasks()
    {
        var rol = Werkstroom.Bereken(Initiatieven, Taken, Nu).DoorlooptijdPerTaakrol.Single();

        Assert.Equal("wijkcoordinator", rol.Stap);
        Assert.Equal(2, rol.Aantal);
        Assert.Equal(6.0, rol.MediaanDagen);
        Assert.Equal(0.5, rol.AandeelOpTijd);
    }

    [Fact]
    public void Bereken_Bottleneck_IsWhereWorkWaitsLongestNow()
    {
        var knelpunt = Werkstroom.Bereken(Initiatieven, Taken, Nu).Knelpunten[0];

        Assert.Equal(InitiatiefStatus.Ingediend, knelpunt.Stap);
        Assert.Equal(1, knelpunt.NuWachtend);
        Assert.Equal(20.0, knelpunt.MediaanWachttijdNuDagen);
    }

    [Fact]
    public void Bereken_OverdueTasks_OnlyOpenOnesPastTheirDate()
    {
        var overzicht = Werkstroom.Bereken(Initiatieven, Taken, Nu);

        var teLaat = Assert.Single(overzicht.VerlopenTaken);
        Assert.Equal((3, "afdeling", 5.0), (teLaat.TaakId, teLaat.Rol, teLaat.DagenTeLaat));
        Assert.Equal([("afdeling", 1, 1), ("wijkraad", 1, 0)], overzicht.VerlopenTakenPerRol.Select(r => (r.Rol, r.Open, r.TeLaat)));
    }

    [Fact]
    public void Bereken_ShareSupported_OfDecidedInitiatives()
    {
        var steun = Werkstroom.Bereken(Initiatieven, Taken, Nu).OndersteuningTotaal;

        Assert.Equal((2, 1, 0.5), (steun.Besloten, steun.Ondersteund, steun.Aandeel!.Value));
        Assert.True(steun.AandeelInterval!.Value.Onder < 0.1 && steun.AandeelInterval.Value.Boven > 0.9, "one of two is very uncertain");
    }

    [Fact]
    public void Voorstel_BudgetFromRecentIdeas_SplitByCorporationHomes()
    {
        AnalyseGegevens.Bezit[] bezit = [new("BU00000001", "Woonstichting A", 300), new("BU00000001", "Woonstichting B", 100)];
        Werkstroom.InitiatiefFeit[] ideeen =
        [
            Initiatief(10, "BU00000001", InitiatiefStatus.Toegekend, gevraagd: 1000, corporatie: true),
            Initiatief(11, "BU00000001", InitiatiefStatus.Ingediend, gevraagd: 450),
            Initiatief(12, "BU00000001", InitiatiefStatus.Afgewezen, gevraagd: 5000, corporatie: true),
        ];

        var hulpsoorten = HulpsoortCatalogus.Lees(Path.Combine(RepositoryPaths.Root, "workflows-json", HulpsoortCatalogus.Bestandsnaam));
        var voorstel = Voorstel.Bereken("BU00000001", "Buurt 1", ideeen, bezit, Nu, hulpsoorten);

        Assert.Equal(1500m, voorstel.JaarbudgetVoorstel);
        Assert.Equal(500m, voorstel.CorporatiesDeel);
        Assert.Equal(1000m, voorstel.GemeenteDeel);
        Assert.Equal([375m, 125m], voorstel.PerCorporatie.Select(c => c.Bedrag));
        Assert.Equal(3, voorstel.Hulp.Single(h => h.Soort == "geld").Gevraagd);
        Assert.Equal(hulpsoorten.Select(h => h.Code), voorstel.Hulp.Select(h => h.Soort));
        Assert.Equal("Woonstichting A en Woonstichting B", voorstel.Hulp.Single(h => h.Soort == "ruimte").Wie);
        Assert.Equal(0, voorstel.Hulp.Single(h => h.Soort == "ruimte").Gevraagd);
    }

    private static Werkstroom.InitiatiefFeit Initiatief(int id, string buurt, InitiatiefStatus status, params (InitiatiefStatus Status, int Dag)[] historie) =>
        new(id, buurt, "Buurt " + buurt[^1], Thema.Groen, status, Dag0,
            historie.Select(h => new Werkstroom.StatusMoment(h.Status, Dag0.AddDays(h.Dag))).ToList(),
            ["geld"], 100, 0, 0, false, false, true);

    private static Werkstroom.InitiatiefFeit Initiatief(int id, string buurt, InitiatiefStatus status, decimal gevraagd, bool corporatie = false) =>
        new(id, buurt, "Buurt 1", Thema.Groen, status, Nu.AddDays(-30), [new(status, Nu.AddDays(-30))],
            ["geld"], gevraagd, 0, 0, false, corporatie, true);
}
