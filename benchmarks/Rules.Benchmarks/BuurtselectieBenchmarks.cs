using BenchmarkDotNet.Attributes;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Benchmarks;

/// <summary>
/// buurtselectie.json over 14,500 generated buurten (national scale). One operation = all buurten. Side by side: our
/// engine, RulesEngine 6.0.1 on the same JSON (ExpandoObjects, and pre-converted), and the same criteria and score by
/// hand on the same records.
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class BuurtselectieBenchmarks
{
    private RuleEngine _engine = null!;
    private RuleParameter[][] _inputs = null!;
    private DataObject[] _buurten = null!;
    private global::RulesEngine.RulesEngine _upstream = null!;
    private object?[] _upstreamBuurten = null!;
    private object?[] _upstreamTypedBuurten = null!;

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

        _upstream = new global::RulesEngine.RulesEngine(
            System.Text.Json.JsonSerializer.Deserialize<global::RulesEngine.Models.Workflow[]>(File.ReadAllText(Paths.Buurtselectie)), new global::RulesEngine.Models.ReSettings());
        _upstreamBuurten = InputGenerator.BuurtLines(14_500).Select(UpstreamInputs.FromJson).ToArray();
        _upstreamTypedBuurten = _upstreamBuurten.Select(b => (object?)global::RulesEngine.HelperFunctions.Utils.GetTypedObject(b)).ToArray();
        _ = Upstream(_upstreamBuurten[..1]);
        _ = Upstream(_upstreamTypedBuurten[..1]);
        var first = _upstream.ExecuteAllRulesAsync("buurtselectie", new global::RulesEngine.Models.RuleParameter("buurt", _upstreamBuurten[0])).AsTask().GetAwaiter().GetResult();
        if (!first.All(r => string.IsNullOrEmpty(r.ExceptionMessage) || r.ExceptionMessage.Contains("komt niet in aanmerking", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("RulesEngine fails on buurtselectie: " + string.Join(" | ", first.Select(r => r.ExceptionMessage)));
        }
    }

    private double Upstream(object?[] buurten)
    {
        var total = 0.0;
        foreach (var buurt in buurten)
        {
            var results = _upstream.ExecuteAllRulesAsync("buurtselectie", new global::RulesEngine.Models.RuleParameter("buurt", buurt)).AsTask().GetAwaiter().GetResult();
            if (results[0].IsSuccess)
            {
                total += 1;
            }
            total += results[1].IsSuccess ? 1 : 0;
        }
        return total;
    }

    /// <summary>RulesEngine 6.0.1 as documented: an ExpandoObject per buurt (converted to its generated class per call).</summary>
    [Benchmark(Baseline = true)]
    public double RulesEngine() => Upstream(_upstreamBuurten);

    /// <summary>RulesEngine 6.0.1 at its fastest: the buurten already converted to its generated class.</summary>
    [Benchmark]
    public double RulesEngineTypedInputs() => Upstream(_upstreamTypedBuurten);

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

    /// <summary>Ours, and every result tree read in full (children, messages, the score record), as the Host's reasons do.</summary>
    [Benchmark]
    public double EngineReadingTrees()
    {
        var seen = 0.0;
        foreach (var inputs in _inputs)
        {
            foreach (var result in _engine.ExecuteAllRules("buurtselectie", inputs))
            {
                seen += TreeReader.Read(result);
            }
        }
        return seen;
    }

    [Benchmark]
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
