using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Benchmarks;

/// <summary>
/// A deterministic, Warsaw-like election: 60 projects costing 20,000–400,000, budget 3,000,000
/// (about a quarter of the total cost), voters in three neighbourhoods that each favour a third of
/// the projects, 1–10 approvals per voter (about 4 on average) drawn by project popularity.
/// </summary>
public static class ElectionGenerator
{
    public static Election Create(int voters = 100_000, int projects = 60, int seed = 2026, decimal budget = 3_000_000m)
    {
        var random = new Random(seed);
        var list = Enumerable.Range(1, projects)
            .Select(i => new Project($"{1000 + i}", 100m * random.Next(200, 4001), $"Project {i}"))
            .ToList();
        var popularity = Enumerable.Range(0, projects).Select(j => 1.0 / Math.Pow(j + 1, 0.8)).OrderBy(_ => random.Next()).ToArray();
        var ballots = new List<Voter>(voters);
        var weights = new double[projects];
        var chosen = new List<string>(10);
        for (var v = 0; v < voters; v++)
        {
            var neighbourhood = v % 3;
            for (var j = 0; j < projects; j++)
            {
                weights[j] = popularity[j] * (j % 3 == neighbourhood ? 3 : 1);
            }
            var count = Math.Min(10, 1 + (int)(-Math.Log(1 - random.NextDouble()) * 3));
            chosen.Clear();
            for (var k = 0; k < count; k++)
            {
                var total = weights.Sum();
                var pick = random.NextDouble() * total;
                var j = 0;
                while (j < projects - 1 && (pick -= weights[j]) > 0)
                {
                    j++;
                }
                chosen.Add(list[j].Id);
                weights[j] = 0;
            }
            ballots.Add(new Voter($"v{v}", chosen.ToList()));
        }
        return new Election(budget, list, ballots);
    }
}
