using BenchmarkDotNet.Attributes;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Benchmarks;

/// <summary>
/// Corpus Discount.json over 10,000 generated customers (3 inputs each). One operation = all
/// 10,000 evaluations of the 6 rules. Side by side: our engine, RulesEngine 6.0.1 on the same JSON
/// (as ExpandoObjects, as its docs use it, and pre-converted to its generated classes), and hand-written
/// C# lambdas doing the same checks on the same inputs.
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class DiscountBenchmarks
{
    private RuleEngine _engine = null!;
    private RuleParameter[][] _inputs = null!;
    private DataObject[][] _records = null!;
    private Customer[] _typed = null!;
    private global::RulesEngine.RulesEngine _upstream = null!;
    private object?[][] _upstreamInputs = null!;
    private object?[][] _upstreamTypedInputs = null!;

    public sealed record Customer(string Country, long LoyaltyFactor, long TotalPurchasesToDate, long TotalOrders, long NoOfVisitsPerMonth);

    [GlobalSetup]
    public void Setup()
    {
        _engine = new RuleEngine();
        var registration = _engine.AddOrUpdateFromFile(Paths.Discount);
        if (!registration.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", registration.Diagnostics));
        }
        _records = InputGenerator.DiscountLines(10_000)
            .Select(line => ((object?[])DataValues.FromJson(line)!).Cast<DataObject>().ToArray())
            .ToArray();
        _inputs = _records.Select(r => r.Select((d, i) => new RuleParameter($"input{i + 1}", d)).ToArray()).ToArray();
        _typed = _records.Select(r => new Customer((string)r[0]["country"]!, (long)r[0]["loyaltyFactor"]!, (long)r[0]["totalPurchasesToDate"]!,
            (long)r[1]["totalOrders"]!, (long)r[2]["noOfVisitsPerMonth"]!)).ToArray();
        // warm the compiled cache
        _engine.ExecuteAllRules("Discount", _inputs[0]);

        _upstream = new global::RulesEngine.RulesEngine(
            System.Text.Json.JsonSerializer.Deserialize<global::RulesEngine.Models.Workflow[]>(File.ReadAllText(Paths.Discount)), new global::RulesEngine.Models.ReSettings());
        _upstreamInputs = InputGenerator.DiscountLines(10_000)
            .Select(line => ((List<object?>)UpstreamInputs.FromJson(line)!).ToArray())
            .ToArray();
        _upstreamTypedInputs = _upstreamInputs.Select(r => r.Select(i => (object?)global::RulesEngine.HelperFunctions.Utils.GetTypedObject(i)).ToArray()).ToArray();
        _upstream.ExecuteAllRulesAsync("Discount", _upstreamInputs[0]).AsTask().GetAwaiter().GetResult();
        _upstream.ExecuteAllRulesAsync("Discount", _upstreamTypedInputs[0]).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>RulesEngine 6.0.1 as documented: ExpandoObject inputs (it converts each to its generated class per call).</summary>
    [Benchmark(Baseline = true)]
    public int RulesEngine()
    {
        var successes = 0;
        foreach (var inputs in _upstreamInputs)
        {
            foreach (var result in _upstream.ExecuteAllRulesAsync("Discount", inputs).AsTask().GetAwaiter().GetResult())
            {
                if (result.IsSuccess)
                {
                    successes++;
                }
            }
        }
        return successes;
    }

    /// <summary>RulesEngine 6.0.1 at its fastest: the inputs already converted to its generated classes.</summary>
    [Benchmark]
    public int RulesEngineTypedInputs()
    {
        var successes = 0;
        foreach (var inputs in _upstreamTypedInputs)
        {
            foreach (var result in _upstream.ExecuteAllRulesAsync("Discount", inputs).AsTask().GetAwaiter().GetResult())
            {
                if (result.IsSuccess)
                {
                    successes++;
                }
            }
        }
        return successes;
    }

    [Benchmark]
    public int Engine()
    {
        var successes = 0;
        foreach (var inputs in _inputs)
        {
            foreach (var result in _engine.ExecuteAllRules("Discount", inputs))
            {
                if (result.IsSuccess)
                {
                    successes++;
                }
            }
        }
        return successes;
    }

    /// <summary>Ours, and every result tree read in full (children, messages, action results), as an explanation screen would.</summary>
    [Benchmark]
    public int EngineReadingTrees()
    {
        var seen = 0;
        foreach (var inputs in _inputs)
        {
            foreach (var result in _engine.ExecuteAllRules("Discount", inputs))
            {
                seen += TreeReader.Read(result);
            }
        }
        return seen;
    }

    [Benchmark]
    public int HandWrittenLambdaSameInputs()
    {
        var successes = 0;
        foreach (var r in _records)
        {
            foreach (var outcome in HandWritten(r[0], r[1], r[2]))
            {
                if (outcome)
                {
                    successes++;
                }
            }
        }
        return successes;
    }

    /// <summary>One hand-written lambda per rule (as the JSON has one expression per rule), each reading its fields by name.</summary>
    [Benchmark]
    public int HandWrittenLambdaPerRuleSameInputs()
    {
        var successes = 0;
        foreach (var r in _records)
        {
            foreach (var rule in PerRule)
            {
                if (rule(r[0], r[1], r[2]))
                {
                    successes++;
                }
            }
        }
        return successes;
    }

    private static long L(DataObject d, string key) => (long)d[key]!;

    private static readonly Func<DataObject, DataObject, DataObject, bool>[] PerRule =
    [
        (i1, i2, i3) => (string)i1["country"]! == "india" && L(i1, "loyaltyFactor") <= 2 && L(i1, "totalPurchasesToDate") >= 5000 && L(i2, "totalOrders") > 2 && L(i3, "noOfVisitsPerMonth") > 2,
        (i1, i2, i3) => (string)i1["country"]! == "india" && L(i1, "loyaltyFactor") == 3 && L(i1, "totalPurchasesToDate") >= 10000 && L(i2, "totalOrders") > 2 && L(i3, "noOfVisitsPerMonth") > 2,
        (i1, i2, i3) => (string)i1["country"]! != "india" && L(i1, "loyaltyFactor") >= 2 && L(i1, "totalPurchasesToDate") >= 10000 && L(i2, "totalOrders") > 2 && L(i3, "noOfVisitsPerMonth") > 5,
        (i1, i2, i3) => L(i1, "loyaltyFactor") > 3 && L(i1, "totalPurchasesToDate") >= 50000 && L(i1, "totalPurchasesToDate") <= 100000 && L(i2, "totalOrders") > 5 && L(i3, "noOfVisitsPerMonth") > 15,
        (i1, i2, i3) => (L(i1, "loyaltyFactor") > 3 && L(i1, "totalPurchasesToDate") >= 50000 && L(i1, "totalPurchasesToDate") <= 100000) | (L(i2, "totalOrders") > 15),
        (i1, i2, i3) => (L(i1, "loyaltyFactor") > 3) & (L(i1, "totalPurchasesToDate") >= 100000) & (L(i2, "totalOrders") > 15 && L(i3, "noOfVisitsPerMonth") > 25),
    ];

    [Benchmark]
    public int HandWrittenLambdaTypedPoco()
    {
        var successes = 0;
        foreach (var c in _typed)
        {
            foreach (var outcome in HandWrittenTyped(c))
            {
                if (outcome)
                {
                    successes++;
                }
            }
        }
        return successes;
    }

    private static readonly Func<DataObject, DataObject, DataObject, bool[]> HandWritten = (i1, i2, i3) =>
    {
        var country = (string)i1["country"]!;
        var loyalty = (long)i1["loyaltyFactor"]!;
        var purchases = (long)i1["totalPurchasesToDate"]!;
        var orders = (long)i2["totalOrders"]!;
        var visits = (long)i3["noOfVisitsPerMonth"]!;
        var isLoyalAndSpends = loyalty > 3 && purchases >= 50000 && purchases <= 100000;
        return
        [
            country == "india" && loyalty <= 2 && purchases >= 5000 && orders > 2 && visits > 2,
            country == "india" && loyalty == 3 && purchases >= 10000 && orders > 2 && visits > 2,
            country != "india" && loyalty >= 2 && purchases >= 10000 && orders > 2 && visits > 5,
            isLoyalAndSpends && orders > 5 && visits > 15,
            isLoyalAndSpends || orders > 15,
            loyalty > 3 && purchases >= 100000 && orders > 15 && visits > 25,
        ];
    };

    private static readonly Func<Customer, bool[]> HandWrittenTyped = c =>
    {
        var isLoyalAndSpends = c.LoyaltyFactor > 3 && c.TotalPurchasesToDate >= 50000 && c.TotalPurchasesToDate <= 100000;
        return
        [
            c.Country == "india" && c.LoyaltyFactor <= 2 && c.TotalPurchasesToDate >= 5000 && c.TotalOrders > 2 && c.NoOfVisitsPerMonth > 2,
            c.Country == "india" && c.LoyaltyFactor == 3 && c.TotalPurchasesToDate >= 10000 && c.TotalOrders > 2 && c.NoOfVisitsPerMonth > 2,
            c.Country != "india" && c.LoyaltyFactor >= 2 && c.TotalPurchasesToDate >= 10000 && c.TotalOrders > 2 && c.NoOfVisitsPerMonth > 5,
            isLoyalAndSpends && c.TotalOrders > 5 && c.NoOfVisitsPerMonth > 15,
            isLoyalAndSpends || c.TotalOrders > 15,
            c.LoyaltyFactor > 3 && c.TotalPurchasesToDate >= 100000 && c.TotalOrders > 15 && c.NoOfVisitsPerMonth > 25,
        ];
    };
}
