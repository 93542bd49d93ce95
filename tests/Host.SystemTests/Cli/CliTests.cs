using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.SystemTests.Cli;

public sealed class CliTests
{
    [Fact]
    public async Task Seed_FreshFolder_CreatesDatabaseUnderDataAndPrintsCounts()
    {
        using var host = new HostProcess();

        var result = await host.RunAsync(null, "seed");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches("gemeenten=1 wijken=8 buurten=[0-9]+ .*initiatieven=200 interventies=40", result.Stdout);
        Assert.True(File.Exists(Path.Combine(host.WorkingDirectory, "data", "participatie.db")));
    }

    [Fact]
    public async Task Seed_SecondTimeWithoutReset_RefusesAndKeepsData_WithResetReseeds()
    {
        using var host = new HostProcess();
        await host.RunAsync(null, "seed");

        var again = await host.RunAsync(null, "seed");
        var reset = await host.RunAsync(null, "seed", "--reset");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--reset", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, reset.ExitCode);
        Assert.Contains("initiatieven=200", reset.Stdout, StringComparison.Ordinal);
    }

    [SharedDataFact("data/cbs/amsterdam-ses-woa-2019.csv")]
    public async Task ImportCbs_Amsterdam_EndsWithSummaryLine()
    {
        using var host = new HostProcess();

        var result = await host.RunAsync(null, "import-cbs", RepositoryPaths.AmsterdamCsv);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("gemeenten=1 wijken=99 buurten=479", result.Stdout.TrimEnd().Split('\n')[^1].Trim());
    }

    [Fact]
    public async Task UnknownVerb_ListsTheVerbs_ExitsTwo_InsteadOfStartingTheServer()
    {
        using var host = new HostProcess();

        var result = await host.RunAsync(null, "bestaat-niet", "run", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Onbekende opdracht 'bestaat-niet'", result.Stderr, StringComparison.Ordinal);
        foreach (var verb in Participatie.Host.Cli.CliApp.CreateRootCommand().Subcommands)
        {
            Assert.Contains(verb.Name, result.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_ListsEveryVerb()
    {
        using var host = new HostProcess();

        var result = await host.RunAsync(null, "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var verb in Participatie.Host.Cli.CliApp.CreateRootCommand().Subcommands)
        {
            Assert.Contains(verb.Name, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("rules")]
    [InlineData("--help")]
    public void AVerbOrHelp_IsTheCommandLine(string first) => Assert.True(Participatie.Host.Cli.CliApp.IsCliInvocation([first]));

    [Theory]
    [InlineData("--urls=http://localhost:5099")]
    [InlineData("--Participatie:DataDirectory", "/tmp/x")]
    [InlineData("urls=http://localhost:5099")]
    public void SettingsOnly_StartTheWebServer(params string[] args) => Assert.False(Participatie.Host.Cli.CliApp.IsCliInvocation(args));

    [Fact]
    public async Task PbRun_CountsAPabulibFile_GreedyAndEqualShares()
    {
        using var host = new HostProcess();
        var file = Path.Combine(host.WorkingDirectory, "klein.pb");
        // Greedy: a and b both have two approvals (a wins the tie by id), b no longer fits, c does.
        // Equal Shares: each voter has 100/3; a and b cost their two supporters 30 and 25 each (rho 0.5 both, a by id);
        // after a, b's supporters have 3.33 + 33.33 < 50 and c's one supporter 33.33 < 40.
        File.WriteAllText(file, """
            META
            key;value
            description;een kleine test
            num_projects;3
            num_votes;3
            budget;100
            vote_type;approval
            PROJECTS
            project_id;cost
            a;60
            b;50
            c;40
            VOTES
            voter_id;vote
            1;a,b
            2;a
            3;b,c
            """);

        var greedy = await host.RunAsync(null, "pb", "run", file, "--method", "greedy");
        var mes = await host.RunAsync(null, "pb", "run", file, "--method", "mes", "--utility", "cost", "--completion", "none");
        var wrong = await host.RunAsync(null, "pb", "run", file, "--method", "loting");

        Assert.Equal(0, greedy.ExitCode);
        Assert.Equal("""{"selected":["a","c"],"spent":100}""", greedy.Stdout.Trim());
        Assert.Equal(0, mes.ExitCode);
        Assert.Equal("""{"selected":["a"],"spent":60}""", mes.Stdout.Trim());
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--method", wrong.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BurgerberaadSelect_DrawsAFairPanel_TheSameForTheSameSeed()
    {
        using var host = new HostProcess();
        var categories = Path.Combine(host.WorkingDirectory, "categories.csv");
        var respondents = Path.Combine(host.WorkingDirectory, "respondents.csv");
        // One woman and one man out of two each: every volunteer has probability 1/2, the most equal possible.
        File.WriteAllText(categories, "feature,value,min,max\ngender,female,1,1\ngender,male,1,1\n");
        File.WriteAllText(respondents, "id,gender\nf1,female\nf2,female\nm1,male\nm2,male\n");

        var eerste = await host.RunAsync(null, "burgerberaad", "select", "--categories", categories, "--respondents", respondents, "--size", "2", "--seed", "7");
        var tweede = await host.RunAsync(null, "burgerberaad", "select", "--categories", categories, "--respondents", respondents, "--size", "2", "--seed", "7");

        Assert.Equal(0, eerste.ExitCode);
        var uitkomst = System.Text.Json.Nodes.JsonNode.Parse(eerste.Stdout)!;
        var panel = uitkomst["panel"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Equal(2, panel.Count);
        Assert.Single(panel, p => p.StartsWith('f'));
        Assert.Single(panel, p => p.StartsWith('m'));
        Assert.All(uitkomst["probabilities"]!.AsObject(), p => Assert.Equal(0.5, p.Value!.GetValue<double>(), 6));
        Assert.Equal(0.5, uitkomst["min_probability"]!.GetValue<double>(), 6);
        Assert.Equal(eerste.Stdout, tweede.Stdout);
    }

    [Fact]
    public async Task PbRun_ABrokenFile_ExitsOneWithTheLineNamed()
    {
        using var host = new HostProcess();
        var file = Path.Combine(host.WorkingDirectory, "kapot.pb");
        File.WriteAllText(file, "META\nkey;value\nbudget;honderd\nvote_type;approval\nPROJECTS\nproject_id;cost\na;60\nVOTES\nvoter_id;vote\n1;a\n");

        var result = await host.RunAsync(null, "pb", "run", file, "--method", "greedy");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("kapot.pb(3)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("PB0104", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout.Trim());
    }

    [Fact]
    public async Task ImportCbs_MissingFile_ExitsOneWithMessage()
    {
        using var host = new HostProcess();

        var result = await host.RunAsync(null, "import-cbs", "bestaat-niet.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bestaat-niet.csv: bestand niet gevonden", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountsAdd_PasswordFromStdin_CreatesAccount_UnknownRoleFails()
    {
        using var host = new HostProcess();

        var ok = await host.RunAsync("een-lang-wachtwoord", "accounts", "add", "jan", "--role", "beleid", "--name", "Jan Jansen");
        var bad = await host.RunAsync("een-lang-wachtwoord", "accounts", "add", "piet", "--role", "koning");

        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("account=jan rollen=beleid", ok.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("Onbekende rol: koning", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgrammaStart_AfterSeed_StartsTheDemoProgrammeOnce()
    {
        using var host = new HostProcess();
        await host.RunAsync(null, "seed");

        var first = await host.RunAsync(null, "programma", "start");
        var again = await host.RunAsync(null, "programma", "start");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("gestart", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("geen programma", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesCheck_ShippedRuleSets_AreValid_BrokenFileGivesLocatedError()
    {
        using var host = new HostProcess();
        var broken = Path.Combine(host.WorkingDirectory, "kapot.json");
        await File.WriteAllTextAsync(broken, "{\"WorkflowName\":\"w\",\"Rules\":[{\"RuleName\":\"r\",\"Expression\":\"input1.x >\"}]}");
        var shipped = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows-json", "rules"), "*.json");

        var ok = await host.RunAsync(null, ["rules", "check", .. shipped]);
        var bad = await host.RunAsync(null, "rules", "check", broken);

        Assert.Equal(0, ok.ExitCode);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("kapot.json", bad.Stdout + bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkflowsCheck_ShippedWorkflows_AreValidWithDomainActivities()
    {
        using var host = new HostProcess();
        var shipped = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows-json", "workflows"), "*.json");

        var result = await host.RunAsync(null, ["workflows", "check", .. shipped]);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }
}
