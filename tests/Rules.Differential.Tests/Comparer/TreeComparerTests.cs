using Participatie.Rules.Differential.Tests.Harness;
using Xunit.Sdk;

namespace Participatie.Rules.Differential.Tests.Comparer;

/// <summary>The comparer files a disagreement under a listed difference only when it has that shape; anything else fails.</summary>
public sealed class TreeComparerTests
{
    private static readonly Scenario Scenario = new() { Name = "s", WorkflowsJson = "{}", WorkflowName = "w" };

    private static RunOutcome One(ResultNode node) => RunOutcome.Of([[node]]);

    private static ResultNode Leaf(bool success, string message = "", string? template = null) => new("r", success, message, null, null, null, template);

    [Fact]
    public void Compare_OtherSuccess_Unlisted()
    {
        var difference = Assert.Single(TreeComparer.Compare(One(Leaf(true)), One(Leaf(false)), Scenario));
        Assert.Null(difference.Allowed);
    }

    [Fact]
    public void AssertListed_UnlistedDifference_Fails()
    {
        var differences = TreeComparer.Compare(One(Leaf(true)), One(Leaf(false)), Scenario);
        var failure = Assert.Throws<XunitException>(() => BothEngines.AssertListed(Scenario, differences));
        Assert.Contains("NOT LISTED", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssertListed_OnlyListedDifferences_Passes()
    {
        var differences = TreeComparer.Compare(
            One(Leaf(false, "Exception while parsing expression `x >` - (kolom 3) Hier werd een waarde verwacht.")),
            One(Leaf(false, "Exception while parsing expression `x >` - Expression expected")),
            Scenario);
        Assert.Equal(AllowedDifference.ExplanationInDutch, Assert.Single(differences).Allowed);
        BothEngines.AssertListed(Scenario, differences);
    }

    [Fact]
    public void Compare_OtherUpstreamPrefix_Unlisted()
    {
        // the docs promise upstream's prefixes: a Dutch explanation behind another prefix is not the listed difference
        var differences = TreeComparer.Compare(
            One(Leaf(false, "Error while compiling rule `r`: 'p': De naam 'p' komt twee keer voor.")),
            One(Leaf(false, "Error while executing scoped params for rule `r` - An item with the same key has already been added. Key: p")),
            Scenario);
        Assert.Null(Assert.Single(differences).Allowed);
    }

    [Fact]
    public void Compare_PlaceholderLeftAsWrittenVersusPrinted_Unlisted()
    {
        var differences = TreeComparer.Compare(
            One(Leaf(false, "naam (input1.Inner.Name)", "naam $(input1.Inner.Name)")),
            One(Leaf(false, "naam $(input1.Inner.Name)", "naam $(input1.Inner.Name)")),
            Scenario);
        Assert.Null(Assert.Single(differences).Allowed);
    }

    [Fact]
    public void Compare_PlaceholderDate_Listed()
    {
        var differences = TreeComparer.Compare(
            One(Leaf(false, "start 01-03-2026", "start $(input1.Start)")),
            One(Leaf(false, "start 2026-03-01T00:00:00", "start $(input1.Start)")),
            Scenario);
        Assert.Equal(AllowedDifference.PlaceholderDateFormat, Assert.Single(differences).Allowed);
    }

    [Fact]
    public void Compare_ChildResultsEmptyVersusNull_Unlisted()
    {
        var ours = new ResultNode("r", false, "Error while compiling rule `r`: fout", null, null, []);
        var upstream = new ResultNode("r", false, "Error while compiling rule `r`: fout", null, null, null);
        var difference = Assert.Single(TreeComparer.Compare(One(ours), One(upstream), Scenario));
        Assert.Equal("childResults", difference.Aspect);
        Assert.Null(difference.Allowed);
    }

    [Fact]
    public void Compare_HasValueOnJsonValue_Listed()
    {
        var differences = TreeComparer.Compare(
            One(Leaf(true)),
            One(Leaf(false, "Exception while parsing expression `input1.n.HasValue` - No property or field 'HasValue' exists in type 'Int64'")),
            Scenario);
        Assert.Equal(AllowedDifference.HasValueOnJsonValue, Assert.Single(differences).Allowed);
    }

    [Fact]
    public void Compare_OtherMissingMember_Unlisted()
    {
        var differences = TreeComparer.Compare(
            One(Leaf(true)),
            One(Leaf(false, "Exception while parsing expression `input1.n.Lengte` - No property or field 'Lengte' exists in type 'String'")),
            Scenario);
        Assert.All(differences, d => Assert.Null(d.Allowed));
    }
}
