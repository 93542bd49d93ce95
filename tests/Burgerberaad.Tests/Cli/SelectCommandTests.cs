using Participatie.Burgerberaad.Cli;
using Participatie.Burgerberaad.Tests.Support;

namespace Participatie.Burgerberaad.Tests.Cli;

public sealed class SelectCommandTests
{
    private static SelectCommandResult Run(SmallPools.SmallPool pool, long? seed) =>
        SelectCommand.Run(new StringReader(pool.Categories), new StringReader(pool.Respondents), pool.Size, seed);

    [Fact]
    public void Run_PrintsOneLineWithPanelProbabilitiesAndMinimum()
    {
        var result = Run(SmallPools.WithOutsider, 12345);

        var line = SelectLine.Parse(result.Json!);
        Assert.Equal(5, line.Panel.Count);
        Assert.Equal(["z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8", "z9"], line.Probabilities.Keys);
        Assert.Equal(0, line.Probabilities["z3"]);
        Assert.Equal(line.Probabilities.Values.Where(p => p > 0).Min(), line.MinProbability);
        Assert.StartsWith("{\"panel\":[\"", result.Json);
    }

    [Fact]
    public void Run_SameSeed_SameLine()
    {
        Assert.Equal(Run(SmallPools.Tight, 99).Json, Run(SmallPools.Tight, 99).Json);
    }

    [Fact]
    public void Run_WithoutSeed_StillDrawsAQuotaPanel()
    {
        var result = Run(SmallPools.Tight, null);

        var (categories, pool) = SmallPools.Load(SmallPools.Tight);
        QuotaAssert.Met(categories, pool, SelectLine.Parse(result.Json!).Panel);
    }

    [Fact]
    public void Execute_InfeasibleQuotas_ExitsOneWithTheConflictOnStderr()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = SelectCommand.Execute(
            new StringReader("feature,value,min,max\ngender,female,3,3\ngender,male,3,3\n"),
            new StringReader("id,gender\n1,female\n2,female\n3,female\n4,male\n5,male\n6,male\n"),
            5, 1, stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout.ToString());
        Assert.Contains("fout BB0202", stderr.ToString());
        Assert.Contains("gender=female min 3", stderr.ToString());
    }

    [Fact]
    public void Execute_BadFile_ExitsOneWithTheLocatedError()
    {
        var stderr = new StringWriter();

        var exit = SelectCommand.Execute(
            new StringReader("feature,value,min,max\ngender,female,1,x\n"), new StringReader("id,gender\n1,female\n"), 1, 1,
            new StringWriter(), stderr, categoriesFile: "cat.csv");

        Assert.Equal(1, exit);
        Assert.StartsWith("cat.csv(2,4): fout BB0004", stderr.ToString());
    }

    [Fact]
    public void Execute_TimeLimitReached_PrintsTheLineMarkedNotExactAndWarnsOnStderr()
    {
        var pool = SmallPools.Tight;
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        // A limit of zero has passed at the first check, after the first master LP: the earliest possible stop.
        var exit = SelectCommand.Execute(new StringReader(pool.Categories), new StringReader(pool.Respondents), pool.Size, 5,
            stdout, stderr, timeLimit: TimeSpan.Zero);

        Assert.Equal(0, exit);
        Assert.StartsWith("waarschuwing BB0302: de tijdslimiet", stderr.ToString());
        using var line = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        Assert.False(line.RootElement.GetProperty("exact").GetBoolean());
        var (categories, respondents) = SmallPools.Load(pool);
        QuotaAssert.Met(categories, respondents, line.RootElement.GetProperty("panel").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public void Run_WithinTheTimeLimit_LineHasNoExactMember()
    {
        var pool = SmallPools.Tight;

        var result = SelectCommand.Run(new StringReader(pool.Categories), new StringReader(pool.Respondents), pool.Size, 5,
            timeLimit: TimeSpan.FromHours(1));

        Assert.Empty(result.Diagnostics);
        SelectLine.Parse(result.Json!);
    }
}
