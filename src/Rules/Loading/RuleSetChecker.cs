using Participatie.Rules.Binding;
using Participatie.Rules.Compilation;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Emit;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Loading;

/// <summary>
/// Checks a whole rule set without running it: structure, duplicate names, unknown injected
/// workflows and actions, and every expression (syntax, types, whitelist) with unknown names
/// treated as inputs. Reports all problems at once, each with file, workflow, rule and column.
/// </summary>
public static class RuleSetChecker
{
    public static IReadOnlyList<Diagnostic> Check(RuleSetDocument document, RuleSettings? settings = null) => Check(document, null, settings);

    /// <summary>
    /// Checks against the inputs the rule set will really get (for example <c>buurt</c> of a known type): an
    /// unknown name or member is then an error, not a late-bound input. This is what an editor should
    /// require before a rule set goes live.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(RuleSetDocument document, IReadOnlyList<ExpressionParameter>? inputs, RuleSettings? settings = null)
    {
        settings ??= new RuleSettings();
        var diagnostics = new List<Diagnostic>(document.Diagnostics);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var allNames = document.Workflows.Select(w => w.WorkflowName).ToHashSet(StringComparer.Ordinal);
        foreach (var workflow in document.Workflows)
        {
            diagnostics.AddRange(WorkflowValidator.Validate(workflow, settings.CustomActions.Keys.ToList()));
            if (!string.IsNullOrEmpty(workflow.WorkflowName) && !names.Add(workflow.WorkflowName))
            {
                diagnostics.Add(new Diagnostic("RE1120", DiagnosticSeverity.Error, default, $"De workflownaam '{workflow.WorkflowName}' komt meer dan eens voor in dit bestand.")
                {
                    Location = new DiagnosticLocation(workflow.SourceFile, workflow.Position?.Line, workflow.Position?.Column, workflow.WorkflowName),
                });
            }
            foreach (var injected in workflow.WorkflowsToInject ?? [])
            {
                if (!allNames.Contains(injected))
                {
                    diagnostics.Add(new Diagnostic("RE1121", DiagnosticSeverity.Warning, default, $"De geïnjecteerde workflow '{injected}' staat niet in dit bestand; hij moet apart geregistreerd worden.")
                    {
                        Location = new DiagnosticLocation(workflow.SourceFile, workflow.Position?.Line, workflow.Position?.Column, workflow.WorkflowName, Field: "WorkflowsToInject"),
                    });
                }
            }
            var inputTypes = inputs?.Select(i => i.Type).Where(t => t != typeof(object)).Distinct().ToList() ?? [];
            var catalog = WorkflowCompiler.CreateCatalog(settings, inputTypes);
            var compiler = new WorkflowCompiler(settings, catalog, new LateBinder(catalog, !settings.IsExpressionCaseSensitive), diagnostics, openWorld: inputs is null);
            compiler.Compile(workflow, inputs?.Select(i => (i.Name, i.Type == typeof(object) ? (TypeSymbol)DynamicTypeSymbol.Instance : TypeSymbol.FromClr(i.Type))).ToList() ?? []);
        }
        return diagnostics;
    }
}
