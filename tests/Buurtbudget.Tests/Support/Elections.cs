using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Tests.Support;

/// <summary>Small elections written as tables, and a fixed-seed generator of random ones.</summary>
public static class Elections
{
    /// <summary>
    /// An approval election from <c>(id, cost, voters)</c> rows: <c>voters</c> is a string of
    /// voter numbers 1-based, e.g. "1,2,3". Voters are v1..v<paramref name="voters"/>.
    /// </summary>
    public static Election Build(decimal budget, int voters, params (string Id, decimal Cost, string Supporters)[] projects)
    {
        var ballots = Enumerable.Range(0, voters).Select(_ => new List<string>()).ToList();
        foreach (var (id, _, supporters) in projects)
        {
            foreach (var part in supporters.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                ballots[int.Parse(part.Trim(), System.Globalization.CultureInfo.InvariantCulture) - 1].Add(id);
            }
        }
        return new Election(
            budget,
            projects.Select(p => new Project(p.Id, p.Cost)).ToList(),
            ballots.Select((b, i) => new Voter($"v{i + 1}", b)).ToList());
    }

    /// <summary>
    /// A random approval election. Costs are small multiples of 5 and budgets small integers, so
    /// exact ties (equal shares, money exactly equal to a cost) happen often.
    /// </summary>
    public static Election Random(Random random, int maxVoters = 30, int maxProjects = 8)
    {
        var projectCount = random.Next(1, maxProjects + 1);
        var voterCount = random.Next(1, maxVoters + 1);
        var projects = Enumerable.Range(0, projectCount)
            .Select(i => new Project($"p{i}", 5 * random.Next(0, 13)))
            .ToList();
        var density = 0.15 + random.NextDouble() * 0.5;
        var voters = Enumerable.Range(0, voterCount)
            .Select(i => new Voter($"v{i}", projects.Where(_ => random.NextDouble() < density).Select(p => p.Id).ToList()))
            .ToList();
        var totalCost = projects.Sum(p => p.Cost);
        var budget = (decimal)random.Next(0, (int)Math.Max(10, totalCost)) + (random.Next(4) == 0 ? 0.5m : 0m);
        return new Election(budget, projects, voters);
    }

    /// <summary>
    /// A points election from <c>(id, cost)</c> projects and ballots written as
    /// <c>"A:5,B:5"</c> (project:points), voters v1..vn.
    /// </summary>
    public static Election Points(decimal budget, (string Id, decimal Cost)[] projects, params string[] ballots) => new(
        budget,
        projects.Select(p => new Project(p.Id, p.Cost)).ToList(),
        ballots.Select((b, i) =>
        {
            var pairs = b.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => x.Split(':')).ToList();
            return new Voter($"v{i + 1}", pairs.Select(x => x[0].Trim()).ToList(),
                pairs.Select(x => decimal.Parse(x[1], System.Globalization.CultureInfo.InvariantCulture)).ToList());
        }).ToList(),
        VoteType.Cumulative);

    /// <summary>
    /// A random points election: each voter spreads up to <paramref name="maxSum"/> points, at most
    /// <paramref name="maxPerProject"/> a project (0 allowed: on the ballot without points). With
    /// <paramref name="maxPerProject"/> 1 every point is 1.
    /// </summary>
    public static Election RandomPoints(Random random, int maxVoters = 25, int maxProjects = 7, int maxSum = 10, int maxPerProject = 5)
    {
        var approval = Random(random, maxVoters, maxProjects);
        var voters = approval.Voters.Select(v =>
        {
            var left = maxSum;
            var points = new List<decimal>();
            foreach (var _ in v.Projects)
            {
                var p = left == 0 ? 0 : random.Next(maxPerProject == 1 ? 1 : 0, Math.Min(maxPerProject, left) + 1);
                points.Add(p);
                left -= p;
            }
            return new Voter(v.Id, v.Projects, points);
        }).ToList();
        return new Election(approval.Budget, approval.Projects, voters, VoteType.Cumulative);
    }
}
