using Participatie.Rules.Engine;

namespace Participatie.Rules.Tests.Support;

/// <summary>Loads the project's own rule sets from workflows-json/rules.</summary>
public static class DomainRules
{
    public static string PathOf(string file) => Path.Combine(Corpus.RepositoryRoot, "workflows-json", "rules", file);

    public static RuleEngine Engine(string file)
    {
        var engine = new RuleEngine();
        var registration = engine.AddOrUpdateFromFile(PathOf(file));
        Assert.True(registration.Succeeded, string.Join(Environment.NewLine, registration.Diagnostics));
        Assert.DoesNotContain(registration.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Warning);
        return engine;
    }
}
