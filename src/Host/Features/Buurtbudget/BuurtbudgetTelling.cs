using System.Globalization;
using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>A round's ballots as an election for the counting engine (<c>src/Buurtbudget</c>), and its pabulib metadata.</summary>
public static class BuurtbudgetTelling
{
    /// <summary>A stored ballot: the projects on it and, in a points round, their points (parallel).</summary>
    public sealed record Biljet(IReadOnlyList<string> Projecten, IReadOnlyList<int>? Punten);

    public static CountingOptions Opties(Telmethode methode) => methode switch
    {
        Telmethode.GelijkeDelen => new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cost, Completion.Add1),
        _ => CountingOptions.Greedy,
    };

    /// <summary>
    /// The counting rule of a round. A points round counts greedily by total points (<c>MeesteStemmen</c>) or by Equal
    /// Shares with the points as utilities and Add1 (<c>GelijkeDelen</c>).
    /// </summary>
    public static CountingOptions Opties(BuurtbudgetRonde ronde) => ronde.IsPuntenronde && ronde.Telmethode == Telmethode.GelijkeDelen
        ? new CountingOptions(CountingMethod.EqualShares, UtilityKind.Points, Completion.Add1)
        : Opties(ronde.Telmethode);

    /// <summary>
    /// Voters are numbered 1…n in the order of their ballots' contents, not in the order they voted, so the election
    /// (and its export) says nothing about who voted when.
    /// </summary>
    public static Election Verkiezing(BuurtbudgetRonde ronde, IEnumerable<IReadOnlyList<string>> biljetten) =>
        Verkiezing(ronde, biljetten.Select(b => new Biljet(b, null)));

    /// <summary>The same for ballots with points: a points round becomes a cumulative election (pabulib <c>vote_type cumulative</c>).</summary>
    public static Election Verkiezing(BuurtbudgetRonde ronde, IEnumerable<Biljet> biljetten)
    {
        var c = CultureInfo.InvariantCulture;
        var projecten = ronde.Projecten.OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new Project(p.Code, p.Kosten, p.Titel)).ToList();
        var punten = ronde.IsPuntenronde;
        var kiezers = biljetten
            .Select(b => b.Projecten.Select((p, i) => (Project: p, Punten: punten ? b.Punten?.ElementAtOrDefault(i) ?? 0 : 1))
                .OrderBy(x => x.Project, StringComparer.Ordinal).ToList())
            .OrderBy(b => string.Join(',', b.Select(x => punten ? $"{x.Project}:{x.Punten.ToString(c)}" : x.Project)), StringComparer.Ordinal)
            .Select((b, i) => new Voter((i + 1).ToString(c), [.. b.Select(x => x.Project)], punten ? [.. b.Select(x => (decimal)x.Punten)] : null))
            .ToList();
        return new Election(ronde.Budget, projecten, kiezers, punten ? VoteType.Cumulative : VoteType.Approval);
    }

    public static IEnumerable<KeyValuePair<string, string>> Meta(BuurtbudgetRonde ronde)
    {
        var c = CultureInfo.InvariantCulture;
        yield return new("description", ronde.Naam);
        yield return new("country", "Netherlands");
        yield return new("unit", ronde.Buurt?.Naam ?? ronde.BuurtId.ToString(c));
        yield return new("instance", ronde.StemmenTot.Year.ToString(c));
        yield return new("rule", ronde.Telmethode == Telmethode.GelijkeDelen ? "equalshares/add1" : "greedy");
        if (ronde.PuntenPerKiezer is { } puntenPerKiezer)
        {
            yield return new("max_sum_points", puntenPerKiezer.ToString(c));
            yield return new("max_points", (ronde.MaxPuntenPerProject ?? puntenPerKiezer).ToString(c));
            yield return new("min_points", "0");
        }
        yield return new("date_begin", ronde.StemmenVanaf.ToString("dd.MM.yyyy", c));
        yield return new("date_end", ronde.StemmenTot.ToString("dd.MM.yyyy", c));
        if (ronde.MaxProjecten is { } max)
        {
            yield return new("max_length", max.ToString(c));
        }

        if (ronde.MaxBedrag is { } maxBedrag)
        {
            yield return new("max_sum_cost", maxBedrag.ToString(c));
        }
    }
}
