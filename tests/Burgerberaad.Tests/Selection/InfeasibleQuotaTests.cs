using Participatie.Burgerberaad.Csv;
using Participatie.Burgerberaad.Diagnostics;
using Participatie.Burgerberaad.Selection;

namespace Participatie.Burgerberaad.Tests.Selection;

public sealed class InfeasibleQuotaTests
{
    private const string Respondents = """
        id,gender,age,buurt
        r1,female,young,Noord
        r2,female,old,Noord
        r3,female,old,Zuid
        r4,male,young,Zuid
        r5,male,old,Noord
        r6,male,old,Zuid
        r7,female,old,Zuid
        r8,male,young,Noord
        """;

    private static SelectionOutcome Select(string categories, int size, string respondents = Respondents)
    {
        var quotas = CategoriesCsv.Read(new StringReader(categories)).Value!;
        var pool = RespondentsCsv.Read(new StringReader(respondents), quotas).Value!;
        return LeximinSelector.Select(quotas, pool, size);
    }

    [Fact]
    public void MinimumsAboveSize_Message_NamesTheFeatureValuesAndTheRelaxation()
    {
        var outcome = Select("""
            feature,value,min,max
            gender,female,3,4
            gender,male,3,4
            age,young,0,5
            age,old,0,5
            buurt,Noord,0,5
            buurt,Zuid,0,5
            """, 5);

        Assert.False(outcome.Succeeded);
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.True(DiagnosticCodes.InfeasibleQuotas == diagnostic.Code, diagnostic.ToString());
        Assert.Contains("gender=female min 3", diagnostic.Message);
        Assert.Contains("gender=male min 3", diagnostic.Message);
        Assert.Contains("tellen op tot 6, meer dan de panelgrootte 5", diagnostic.Message);
        Assert.DoesNotContain("age=", diagnostic.Message);
        var conflict = outcome.Conflict!;
        Assert.Equal(1, conflict.TotalChange);
        var change = Assert.Single(conflict.Relaxation);
        Assert.Equal("gender", change.Quota.Feature);
        Assert.Equal(2, change.Min);
        Assert.Contains($"gender={change.Quota.Value}: min 3 → 2", diagnostic.Message);
    }

    [Fact]
    public void MinimumAboveAvailableVolunteers_Message_SaysHowManyThereAre()
    {
        var outcome = Select("""
            feature,value,min,max
            gender,female,0,4
            gender,male,0,4
            age,young,4,4
            age,old,0,4
            buurt,Noord,0,4
            buurt,Zuid,0,4
            """, 4);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Contains("age=young min 4", diagnostic.Message);
        Assert.Contains("maar 3 vrijwilligers met age=young", diagnostic.Message);
        Assert.Contains("age=young: min 4 → 3", diagnostic.Message);
        Assert.Equal(["age=young min 4"], outcome.Conflict!.Bounds.Select(b => b.ToString()));
    }

    [Fact]
    public void ConflictAcrossFeatures_Bounds_AreASmallestConflictingSet()
    {
        // Only three volunteers are young: r1 (a woman), r4 and r8 (men). Three young seats need both young men, but at
        // most one man may sit. The buurt quotas play no part.
        var outcome = Select("""
            feature,value,min,max
            gender,female,3,4
            gender,male,0,1
            age,young,3,4
            age,old,0,4
            buurt,Noord,0,4
            buurt,Zuid,0,4
            """, 4);

        var conflict = outcome.Conflict!;
        var bounds = conflict.Bounds.Select(b => b.ToString()).ToList();
        Assert.Contains("age=young min 3", bounds);
        Assert.DoesNotContain(bounds, b => b.StartsWith("buurt", StringComparison.Ordinal));
        Assert.Contains("age=young min 3", outcome.Diagnostics[0].Message);
        // The relaxation really is feasible: apply it and select.
        var relaxed = string.Join("\n", new[] { "feature,value,min,max" }.Concat(
            new[] { ("gender", "female", 3, 4), ("gender", "male", 0, 1), ("age", "young", 3, 4), ("age", "old", 0, 4), ("buurt", "Noord", 0, 4), ("buurt", "Zuid", 0, 4) }
                .Select(q =>
                {
                    var change = conflict.Relaxation.FirstOrDefault(c => c.Quota.Feature == q.Item1 && c.Quota.Value == q.Item2);
                    return $"{q.Item1},{q.Item2},{change?.Min ?? q.Item3},{change?.Max ?? q.Item4}";
                })));
        Assert.True(Select(relaxed, 4).Succeeded);
    }

    [Fact]
    public void SizeAbovePool_IsReportedAsBadPanelSize()
    {
        var outcome = Select("""
            feature,value,min,max
            gender,female,0,9
            gender,male,0,9
            age,young,0,9
            age,old,0,9
            buurt,Noord,0,9
            buurt,Zuid,0,9
            """, 9);

        Assert.Equal(DiagnosticCodes.BadPanelSize, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void PoolReadWithoutCategories_UnknownValue_IsADiagnosticNotAnException()
    {
        var quotas = CategoriesCsv.Read(new StringReader("feature,value,min,max\ngender,female,0,1\ngender,male,0,1\n")).Value!;
        var pool = RespondentsCsv.Read(new StringReader("id,gender\na,female\nb,x\n")).Value!;

        var outcome = LeximinSelector.Select(quotas, pool, 1);

        Assert.Equal(DiagnosticCodes.UnknownValue, Assert.Single(outcome.Diagnostics).Code);
    }
}
