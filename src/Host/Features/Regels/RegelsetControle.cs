using Participatie.Rules.Compilation;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Engine;
using Participatie.Rules.Loading;
using Participatie.Rules.Model;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// Checks rule set text the way it will run: JSON and structure, then every expression against the real
/// input (a misspelt field is an error, not a late-bound guess), then that the engine loads it. Also checks
/// and completes a single expression in the scope it sits in, for the editor.
/// </summary>
public sealed class RegelsetControle(RegelsetCatalog catalog)
{
    private const string GlobalParams = "GlobalParams";
    private const string LocalParams = "LocalParams";

    /// <summary>All problems of a rule set text, located (file line/column, workflow, rule, field, column in the expression).</summary>
    public RegelsetControleUitkomst Controleer(string naam, string json)
    {
        var document = RuleSetLoader.Parse(json, naam + ".json");
        var soort = RegelsetSoort.Zoek(naam);
        var diagnostics = new List<Diagnostic>(soort is null
            ? RuleSetChecker.Check(document, catalog.Instellingen)
            : RuleSetChecker.Check(document, soort.Invoer, catalog.Instellingen));

        if (!document.HasErrors)
        {
            diagnostics.AddRange(Samenhang(naam, document));
        }

        RuleEngine? proef = null;
        if (!diagnostics.Any(d => d.IsError))
        {
            // The last word is the engine's: what it refuses can never be published.
            proef = new RuleEngine(catalog.Instellingen);
            var registratie = proef.AddOrUpdateFromJson(json, naam + ".json");
            diagnostics.AddRange(registratie.Errors.Where(e => !diagnostics.Contains(e)));
            proef = registratie.Succeeded ? proef : null;
        }

        return new RegelsetControleUitkomst(document, diagnostics.Distinct().ToList()) { Proef = proef };
    }

    /// <summary>Problems of one expression, in the scope of its place in the draft; spans refer to <paramref name="expressie"/>.</summary>
    public IReadOnlyList<Diagnostic> ControleerExpressie(string naam, string json, IReadOnlyList<string> regelpad, string veld, string expressie)
    {
        var compiled = Compiler().Compile(expressie, Bereik(naam, json, regelpad, veld), veld == "Expression" ? typeof(bool) : null);
        var location = new DiagnosticLocation(naam + ".json", Workflow: naam, Rule: regelpad.Count > 0 ? regelpad[^1] : null, Field: veld);
        return compiled.Diagnostics.Select(d => d.WithLocation(location)).ToList();
    }

    /// <summary>Names that can be typed at <paramref name="positie"/>, and where the word being completed starts.</summary>
    public (int Van, IReadOnlyList<CompletionItem> Items) Aanvullingen(string naam, string json, IReadOnlyList<string> regelpad, string veld, string expressie, int positie)
    {
        positie = Math.Clamp(positie, 0, expressie.Length);
        var van = positie;
        while (van > 0 && (char.IsLetterOrDigit(expressie[van - 1]) || expressie[van - 1] == '_'))
        {
            van--;
        }

        return (van, Compiler().GetCompletions(expressie, positie, Bereik(naam, json, regelpad, veld)));
    }

    private ExpressionCompiler Compiler() => new(new ExpressionCompilerOptions
    {
        IsExpressionCaseSensitive = catalog.Instellingen.IsExpressionCaseSensitive,
        TimeProvider = catalog.Instellingen.TimeProvider,
        Limits = catalog.Instellingen.Limits,
    });

    /// <summary>
    /// The names an expression at this place may use, with their types: the input, the global params before it
    /// and the local params of the rules on its path (each typed by compiling its own expression).
    /// </summary>
    private IReadOnlyList<ExpressionParameter> Bereik(string naam, string json, IReadOnlyList<string> regelpad, string veld)
    {
        var soort = RegelsetSoort.Zoek(naam);
        var scope = new List<ExpressionParameter>(soort?.Invoer ?? []);
        var document = RuleSetLoader.Parse(json, naam + ".json");
        var workflow = document.Workflows.FirstOrDefault(w => w.WorkflowName == naam) ?? document.Workflows.FirstOrDefault();
        if (workflow is null)
        {
            return scope;
        }

        var compiler = Compiler();
        void Add(IEnumerable<ScopedParam> parameters, string field, bool last)
        {
            foreach (var parameter in parameters)
            {
                if (last && veld == $"{field}[{parameter.Name}]")
                {
                    return;
                }

                var type = compiler.Compile(parameter.Expression, scope).ResultType ?? typeof(object);
                scope.Add(new ExpressionParameter(parameter.Name, type));
            }
        }

        Add(workflow.GlobalParams ?? [], GlobalParams, regelpad.Count == 0);
        IReadOnlyList<Rule> rules = workflow.Rules;
        for (var i = 0; i < regelpad.Count; i++)
        {
            var rule = rules.FirstOrDefault(r => r.RuleName == regelpad[i]);
            if (rule is null)
            {
                break;
            }

            var last = i == regelpad.Count - 1;
            Add(rule.LocalParams ?? [], LocalParams, last);
            rules = rule.Rules ?? [];
        }

        return scope.DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>What the product needs beyond a valid file: the rule set's own workflow, and no names of other rule sets.</summary>
    private IEnumerable<Diagnostic> Samenhang(string naam, RuleSetDocument document)
    {
        var file = naam + ".json";
        if (document.Workflows.All(w => w.WorkflowName != naam))
        {
            yield return new Diagnostic("PA0001", DiagnosticSeverity.Error, default,
                $"Het bestand moet een workflow met de naam '{naam}' bevatten; die wordt door de toepassing uitgevoerd.")
            {
                Location = new DiagnosticLocation(file, 1, 1),
            };
        }

        foreach (var workflow in document.Workflows.Where(w => w.WorkflowName != naam))
        {
            if (catalog.Actief.Any(a => a.Naam != naam && a.Naam == workflow.WorkflowName))
            {
                yield return new Diagnostic("PA0002", DiagnosticSeverity.Error, default,
                    $"De workflow '{workflow.WorkflowName}' is een andere regelset; wijzig die in zijn eigen editor.")
                {
                    Location = new DiagnosticLocation(file, workflow.Position?.Line, workflow.Position?.Column, workflow.WorkflowName),
                };
            }
        }

        if (naam == RegelsetCatalog.Buurtselectie && document.Workflows.FirstOrDefault(w => w.WorkflowName == naam) is { } selectie)
        {
            foreach (var nodig in new[] { BuurtSelectie.GeschiktRegel, BuurtSelectie.ScoreRegel })
            {
                if (selectie.Rules.All(r => r.RuleName != nodig || !r.Enabled))
                {
                    yield return new Diagnostic("PA0003", DiagnosticSeverity.Warning, default,
                        $"De regel '{nodig}' ontbreekt of staat uit: " + (nodig == BuurtSelectie.GeschiktRegel
                            ? "dan komt geen enkele buurt in aanmerking."
                            : "dan krijgen alle buurten score 0 en beslist de volgorde van de buurtcodes."))
                    {
                        Location = new DiagnosticLocation(file, selectie.Position?.Line, selectie.Position?.Column, naam),
                    };
                }
            }
        }
    }
}

/// <summary>The outcome of <see cref="RegelsetControle.Controleer"/>: the parsed document and every problem found.</summary>
public sealed record RegelsetControleUitkomst(RuleSetDocument Document, IReadOnlyList<Diagnostic> Problemen)
{
    public bool Geldig => !Problemen.Any(p => p.IsError);

    /// <summary>A separate engine with the text loaded, when it is valid: test runs and what-if use it.</summary>
    public RuleEngine? Proef { get; init; }
}
