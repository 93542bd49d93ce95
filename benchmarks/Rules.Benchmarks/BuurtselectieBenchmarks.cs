using BenchmarkDotNet.Attributes;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Benchmarks;

/// <summary>
/// buurtselectie.json over 14,500 generated buurten (national scale). One operation = all buurten.
/// The baseline computes the same criteria and score by hand on the same records.
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class BuurtselectieBenchmarks
{
    private RuleEngine _engine = null!;
    private RuleParameter[][] _inputs = null!;
    private DataObject[] _buurten = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new RuleEngine();
        var registration = _engine.AddOrUpdateFromFile(Paths.Buurtselectie);
        if (!registration.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", registration.Diagnostics));
        }
        _buurten = InputGenerator.BuurtLines(14_500).Select(l => (DataObject)DataValues.FromJson(l)!).ToArray();
        _inputs = _buurten.Select(b => new[] { new RuleParameter("buurt", b) }).ToArray();
        _engine.ExecuteAllRules("buurtselectie", _inputs[0]);
    }

    [Benchmark]
    public double Engine()
    {
        var total = 0.0;
        foreach (var inputs in _inputs)
        {
            var results = _engine.ExecuteAllRules("buurtselectie", inputs);
            if (results[0].IsSuccess)
            {
                total += 1;
            }
            total += results[1].IsSuccess ? 1 : 0;
        }
        return total;
    }

    [Benchmark(Baseline = true)]
    public double HandWrittenLambdaSameInputs()
    {
        var total = 0.0;
        foreach (var b in _buurten)
        {
            var (qualifies, score) = HandWritten(b);
            if (qualifies)
            {
                total += 1;
            }
            total += score >= 0 ? 1 : 0;
        }
        return total;
    }

    private static double Num(DataObject b, string key) => Convert.ToDouble(b[key], System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Func<DataObject, (bool, double)> HandWritten = b =>
    {
        var ses = Num(b, "SesScore");
        var leef = Num(b, "LeefbaarheidScore");
        var corp = Num(b, "AandeelCorporatiewoningen");
        var buurthuizen = (long)b["AantalBuurthuizen"]!;
        var initiatieven = (long)b["AantalActieveInitiatieven"]!;
        var wijkraad = (bool)b["HeeftWijkraad"]!;
        var households = (long)b["Huishoudens"]!;
        var enough = households >= 500;
        var vulnerable = ses <= -0.3 || leef <= 5.0;
        var corporation = corp >= 30;
        var basis = buurthuizen >= 1 || initiatieven >= 2 || wijkraad;
        var sesDeel = Math.Round(30.0 * Math.Clamp((1.0 - ses) / 2.5, 0.0, 1.0), 1);
        var leefDeel = Math.Round(20.0 * Math.Clamp((9.0 - leef) / 8.0, 0.0, 1.0), 1);
        var corpDeel = Math.Round(20.0 * Math.Clamp(corp / 100.0, 0.0, 1.0), 1);
        var uitkDeel = Math.Round(10.0 * Math.Clamp(Num(b, "AandeelUitkeringen") / 30.0, 0.0, 1.0), 1);
        var inkDeel = Math.Round(10.0 * Math.Clamp((35.0 - Num(b, "GemiddeldInkomen")) / 15.0, 0.0, 1.0), 1);
        var basisDeel = Math.Min(buurthuizen, 2) * 2.5 + Math.Min(initiatieven, 4) * 1.25;
        var score = Math.Round(sesDeel + leefDeel + corpDeel + uitkDeel + inkDeel + basisDeel, 1);
        return (enough && vulnerable && corporation && basis, score);
    };
}
