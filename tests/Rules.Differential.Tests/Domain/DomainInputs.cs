using System.Globalization;
using System.Text.Json;
using Participatie.Rules.Differential.Tests.Harness;

namespace Participatie.Rules.Differential.Tests.Domain;

/// <summary>A buurt as the Host gives it to buurtselectie.json (same shape as src/Host/Regels/BuurtRegelInvoer.cs).</summary>
public sealed record BuurtInvoer(
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

/// <summary>An initiative as the Host gives it to ondersteuning.json and routering.json (same shape as src/Host/Regels/InitiatiefRegelInvoer.cs).</summary>
public sealed record InitiatiefInvoer
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

/// <summary>
/// Deterministic pseudo-random buurten and initiatives like the demo municipality's (and the national CBS data's),
/// with the thresholds of the rule sets hit exactly now and then. Each is given typed (as the Host does) and as JSON
/// (as <c>rules run --input</c> and the editor's test panel do).
/// </summary>
public static class DomainInputs
{
    private static readonly string[] Themas = ["groen", "spelen", "ontmoeting", "veiligheid", "cultuur", "sport", "zorg", "duurzaamheid", "anders", " Groen ", "ZORG", "kunst"];
    private static readonly string[] Hulp = ["geld", "ruimte", "materialen", "advies", "vergunning", "contactpersoon", "Advies", "RUIMTE"];
    private static readonly string[] Wijken = ["Centrum", "Oost", "Vogelbuurt", "De Hoven", "Maasoever", "Kerkdorp"];

    public static IEnumerable<BuurtInvoer> Buurten(int count, int seed = 11)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var huishoudens = i % 17 == 0 ? 500 : random.Next(20, 4000);
            var corporatie = i % 13 == 0 ? 30.0 : Math.Round(random.NextDouble() * 70, 1);
            yield return new BuurtInvoer(
                Code: "BU" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture),
                Naam: $"Buurt {i}",
                WijkNaam: Wijken[random.Next(Wijken.Length)],
                Inwoners: huishoudens * 2 + random.Next(0, 500),
                Huishoudens: huishoudens,
                AandeelHuurwoningen: Math.Min(100, corporatie + Math.Round(random.NextDouble() * 25, 1)),
                AandeelCorporatiewoningen: corporatie,
                GemiddeldInkomen: Math.Round(18 + random.NextDouble() * 30, 1),
                AandeelUitkeringen: Math.Round(random.NextDouble() * 35, 1),
                LeefbaarheidScore: i % 11 == 0 ? 5.0 : Math.Round(2 + random.NextDouble() * 7, 2),
                SesScore: i % 7 == 0 ? -0.3 : Math.Round(-1.5 + random.NextDouble() * 2.5, 3),
                AantalActieveInitiatieven: random.Next(0, 8),
                AantalBuurthuizen: random.Next(0, 3),
                HeeftWijkraad: random.Next(2) == 0);
        }
    }

    public static IEnumerable<InitiatiefInvoer> Initiatieven(int count, int seed = 23)
    {
        var random = new Random(seed);
        var amounts = new[] { 0, 150, 499.99, 500, 500.01, 1200, 2500, 2500.5, 8000, 19_999, 20_000, 20_001, 35_000 };
        for (var i = 0; i < count; i++)
        {
            var aanvraag = new DateTime(2026, 1, 1).AddDays(random.Next(0, 300));
            var start = aanvraag.AddDays(random.Next(-20, 90));
            yield return new InitiatiefInvoer
            {
                WoontInGemeente = random.Next(10) > 0,
                ReiktVerderDanEigenHuisEnTuin = random.Next(8) > 0,
                MetOfVoorAndereBewoners = random.Next(8) > 0,
                IsCommercieel = random.Next(12) == 0,
                IsPolitiek = random.Next(20) == 0,
                IsReligieus = random.Next(20) == 0,
                GevraagdBedrag = random.Next(3) == 0 ? amounts[random.Next(amounts.Length)] : Math.Round(random.NextDouble() * 30_000, 2),
                EerderOntvangenDitJaar = random.Next(4) == 0 ? Math.Round(random.NextDouble() * 15_000, 2) : 0,
                EigenBijdrageGeld = random.Next(3) == 0 ? 0 : random.Next(0, 2000),
                EigenBijdrageUren = random.Next(2) == 0 ? 0 : random.Next(0, 200),
                EigenBijdrageMaterialen = random.Next(3) == 0,
                AanvraagDatum = aanvraag,
                StartDatum = i % 19 == 0 ? aanvraag : start,
                AantalDeelnemers = i % 23 == 0 ? 50 : random.Next(1, 120),
                AantalHandtekeningen = random.Next(0, 12),
                CorporatieBezitBetrokken = random.Next(4) == 0,
                HuurdersBetrokken = random.Next(4) == 0,
                CorporatieBetrokken = random.Next(3) == 0,
                HeeftWijkraad = random.Next(2) == 0,
                WilZelfUitvoeren = random.Next(5) > 0,
                Thema = Themas[random.Next(Themas.Length)],
                BuurtCode = "BU" + (10_000_000 + random.Next(0, 60)).ToString(CultureInfo.InvariantCulture),
                HulpGevraagd = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Hulp[random.Next(Hulp.Length)]).Distinct().ToArray(),
            };
        }
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static DifferentialInput Typed(string name, object value) => DifferentialInput.Typed(name, () => value, JsonSerializer.Serialize(value, value.GetType(), Json));

    /// <summary>The same value as JSON text; dates become ISO 8601 text, as a JSON file has them.</summary>
    public static DifferentialInput AsJson(string name, object value) =>
        DifferentialInput.Json(name, JsonSerializer.Serialize(value, value.GetType(), new JsonSerializerOptions { Converters = { new DateOnlyIsoConverter() } }));

    /// <summary>Writes a date without a time as <c>yyyy-MM-dd</c>, as people write them in JSON input files.</summary>
    private sealed class DateOnlyIsoConverter : System.Text.Json.Serialization.JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTime();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.TimeOfDay == TimeSpan.Zero ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value.ToString("O", CultureInfo.InvariantCulture));
    }
}
