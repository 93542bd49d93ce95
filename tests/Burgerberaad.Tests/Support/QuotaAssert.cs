using Participatie.Burgerberaad.Model;

namespace Participatie.Burgerberaad.Tests.Support;

public static class QuotaAssert
{
    /// <summary>The panel has distinct members of the pool and meets every quota.</summary>
    public static void Met(Categories categories, RespondentPool pool, IReadOnlyList<string> panel)
    {
        Assert.Equal(panel.Count, panel.Distinct().Count());
        var byId = pool.Respondents.ToDictionary(r => r.Id);
        Assert.All(panel, id => Assert.True(byId.ContainsKey(id), $"{id} staat niet in de pool"));
        foreach (var quota in categories.Quotas)
        {
            var count = panel.Count(id => byId[id].ValueOf(quota.Feature) == quota.Value);
            Assert.True(count >= quota.Min && count <= quota.Max, $"{quota.Name}: {count} leden, quotum {quota.Min}–{quota.Max}");
        }
    }
}
