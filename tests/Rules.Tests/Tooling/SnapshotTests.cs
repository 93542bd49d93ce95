using Participatie.Rules.Tests.Support;
using Participatie.Rules.Tooling;

namespace Participatie.Rules.Tests.Tooling;

/// <summary>Snapshot checks of a result tree as `rules run` prints it and of `rules check` diagnostics.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rules-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void RunOndersteuning_LargeInitiativeWithFewSignatures_ResultTreeSnapshot()
    {
        var input = Path.Combine(_directory, "initiatief.json");
        File.WriteAllText(input, """
            {"WoontInGemeente":true,"ReiktVerderDanEigenHuisEnTuin":true,"MetOfVoorAndereBewoners":true,"IsCommercieel":false,"IsPolitiek":false,
             "IsReligieus":false,"GevraagdBedrag":3200,"EerderOntvangenDitJaar":0,"EigenBijdrageGeld":0,"EigenBijdrageUren":40,"EigenBijdrageMaterialen":false,
             "AanvraagDatum":"2026-03-01","StartDatum":"2026-05-01","AantalDeelnemers":60,"AantalHandtekeningen":3,"CorporatieBezitBetrokken":false,
             "HuurdersBetrokken":true,"Thema":"spelen","HulpGevraagd":["geld","vergunning"]}
            """);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = RulesTool.Execute(["run", DomainRules.PathOf("ondersteuning.json"), "--workflow", "ondersteuning", "--input", "initiatief=" + input], stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
        Snapshot.Match(stdout.ToString(), "ondersteuning.groot-initiatief");
    }

    [Fact]
    public void CheckBrokenRuleSet_AllProblems_DiagnosticsSnapshot()
    {
        var file = Path.Combine(_directory, "kapot.json");
        File.WriteAllText(file, """
            [
              {
                "WorkflowName": "kapot",
                "GlobalParams": [ { "Name": "grens", "Expression": "500 +" }, { "Name": "grens", "Expression": "1" } ],
                "Rules": [
                  { "RuleName": "Bedrag", "Expression": "initiatief.Bedrag > grens AND" },
                  { "RuleName": "Reflectie", "Expression": "initiatief.GetType().Name == \"x\"" },
                  { "RuleName": "Geneste", "Operator": "Soms", "Rules": [ { "RuleName": "kind", "Expresion": "true" } ] },
                  { "RuleName": "Actie", "Expression": "true", "Actions": { "OnSuccess": { "Name": "Mailen" } } }
                ]
              }
            ]
            """);
        var stdout = new StringWriter();
        var exit = RulesTool.Check([file], stdout, new StringWriter());
        Assert.Equal(1, exit);
        Snapshot.Match(stdout.ToString().Replace(file, "kapot.json"), "check.kapot");
    }
}
