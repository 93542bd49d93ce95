using System.Globalization;
using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Model;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>A round's ballots as an election for the counting engine (<c>src/Buurtbudget</c>), and its pabulib metadata.</summary>
public static class BuurtbudgetTelling
{
    public static CountingOptions Opties(Telmethode methode) => methode switch
    {
        Telmethode.GelijkeDelen => new CountingOptions(CountingMethod.EqualShares, UtilityKind.Cost, Completion.Add1),
        _ => CountingOptions.Greedy,
    };

    /// <summary>
    /// Voters are numbered 1…n in the order of their ballots' contents, not in the order they voted, so the election
    /// (and its export) says nothing about who voted when.
    /// </summary>
    public static Election Verkiezing(BuurtbudgetRonde ronde, IEnumerable<IReadOnlyList<string>> biljetten)
    {
        var projecten = ronde.Projecten.OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new Project(p.Code, p.Kosten, p.Titel)).ToList();
        var kiezers = biljetten
            .Select(b => b.Order(StringComparer.Ordinal).ToList())
            .OrderBy(b => string.Join(',', b), StringComparer.Ordinal)
            .Select((b, i) => new Voter((i + 1).ToString(CultureInfo.InvariantCulture), b))
            .ToList();
        return new Election(ronde.Budget, projecten, kiezers);
    }

    public static IEnumerable<KeyValuePair<string, string>> Meta(BuurtbudgetRonde ronde)
    {
        var c = CultureInfo.InvariantCulture;
        yield return new("description", ronde.Naam);
        yield return new("country", "Netherlands");
        yield return new("unit", ronde.Buurt?.Naam ?? ronde.BuurtId.ToString(c));
        yield return new("instance", ronde.StemmenTot.Year.ToString(c));
        yield return new("rule", ronde.Telmethode == Telmethode.GelijkeDelen ? "equalshares/add1" : "greedy");
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
