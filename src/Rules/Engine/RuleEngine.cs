using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Participatie.Rules.Binding;
using Participatie.Rules.Data;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Emit;
using Participatie.Rules.Loading;
using Participatie.Rules.Model;

namespace Participatie.Rules.Engine;

/// <summary>
/// Runs RulesEngine-format workflows. Register workflows (checked first: an invalid set never
/// replaces the one in use), then execute them with named inputs; each workflow is compiled once
/// per input signature and the delegates are cached. Thread-safe.
/// </summary>
public sealed class RuleEngine
{
    private readonly RuleSettings _settings;
    private readonly object _gate = new();
    private Dictionary<string, Registration> _workflows = new(StringComparer.Ordinal);

    public RuleEngine(RuleSettings? settings = null)
    {
        _settings = settings ?? new RuleSettings();
    }

    public RuleSettings Settings => _settings;

    private sealed class Registration(Workflow workflow)
    {
        public Workflow Workflow { get; } = workflow;

        public ConcurrentDictionary<Signature, CompiledWorkflow> Compiled { get; } = new();

        /// <summary>The last signature used; a reference (not a struct) so threads never see a torn pair.</summary>
        public LastCompiled? Last { get; set; }
    }

    private sealed record LastCompiled(Signature Key, CompiledWorkflow Value);

    /// <summary>The workflow found last, by the name string it was asked for and in which table (bulk runs ask for one name).</summary>
    private sealed record LastLookup(Dictionary<string, Registration> Table, string Name, Registration Registration);

    private LastLookup? _lastLookup;

    private bool TryGetRegistration(string workflowName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Registration? registration)
    {
        var table = _workflows;
        if (_lastLookup is { } last && ReferenceEquals(last.Table, table) && ReferenceEquals(last.Name, workflowName))
        {
            registration = last.Registration;
            return true;
        }
        if (!table.TryGetValue(workflowName, out registration))
        {
            return false;
        }
        _lastLookup = new LastLookup(table, workflowName, registration);
        return true;
    }

    /// <summary>Input names and types a workflow was compiled for.</summary>
    private sealed class Signature(string[] names, TypeSymbol[] types) : IEquatable<Signature>
    {
        private readonly int _hash = Hash(names, types);

        public string[] Names { get; } = names;

        public TypeSymbol[] Types { get; } = types;

        private static int Hash(string[] names, TypeSymbol[] types)
        {
            var hash = new HashCode();
            for (var i = 0; i < names.Length; i++)
            {
                hash.Add(names[i], StringComparer.Ordinal);
                hash.Add(types[i]);
            }
            return hash.ToHashCode();
        }

        public bool Equals(Signature? other) => other is not null && other._hash == _hash && Names.SequenceEqual(other.Names, StringComparer.Ordinal)
            && Types.Zip(other.Types).All(p => ReferenceEquals(p.First, p.Second));

        public override bool Equals(object? obj) => Equals(obj as Signature);

        public override int GetHashCode() => _hash;
    }

    // ------------------------------------------------------------------ registration

    /// <summary>Adds workflows; fails (registering none) if any is invalid or its name is already registered.</summary>
    public RegistrationResult AddWorkflow(params Workflow[] workflows) => Register(workflows, replace: false);

    /// <summary>Adds or replaces workflows; when any is invalid nothing changes and the old versions stay in use.</summary>
    public RegistrationResult AddOrUpdateWorkflow(params Workflow[] workflows) => Register(workflows, replace: true);

    /// <summary>Reads a rule set file and adds or replaces its workflows — only if the whole file is valid.</summary>
    public RegistrationResult AddOrUpdateFromFile(string path)
    {
        var document = RuleSetLoader.LoadFile(path);
        return AddOrUpdateDocument(document);
    }

    /// <summary>Reads rule set JSON and adds or replaces its workflows — only if it is entirely valid.</summary>
    public RegistrationResult AddOrUpdateFromJson(string json, string? file = null) => AddOrUpdateDocument(RuleSetLoader.Parse(json, file));

    private RegistrationResult AddOrUpdateDocument(RuleSetDocument document)
    {
        var check = RuleSetChecker.Check(document, _settings);
        if (check.Any(d => d.IsError))
        {
            return new RegistrationResult(false, check);
        }
        var result = Register(document.Workflows.ToArray(), replace: true);
        return result with { Diagnostics = [.. check, .. result.Diagnostics] };
    }

    private RegistrationResult Register(Workflow[] workflows, bool replace)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var workflow in workflows)
        {
            diagnostics.AddRange(WorkflowValidator.Validate(workflow, _settings.CustomActions.Keys.ToList()));
        }
        lock (_gate)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var workflow in workflows)
            {
                if (!seen.Add(workflow.WorkflowName) || (!replace && _workflows.ContainsKey(workflow.WorkflowName)))
                {
                    diagnostics.Add(new Diagnostic("RE1120", DiagnosticSeverity.Error, default, $"Er bestaat al een workflow met de naam '{workflow.WorkflowName}'.")
                    {
                        Location = new DiagnosticLocation(workflow.SourceFile, workflow.Position?.Line, workflow.Position?.Column, workflow.WorkflowName),
                    });
                }
            }
            if (diagnostics.Any(d => d.IsError))
            {
                return new RegistrationResult(false, diagnostics);
            }
            var updated = new Dictionary<string, Registration>(_workflows, StringComparer.Ordinal);
            foreach (var workflow in workflows)
            {
                updated[workflow.WorkflowName] = new Registration(workflow);
            }
            // injected workflows may have changed: drop every compiled version
            foreach (var key in updated.Keys.ToList())
            {
                updated[key] = new Registration(updated[key].Workflow);
            }
            _workflows = updated;
        }
        return new RegistrationResult(true, diagnostics);
    }

    public bool RemoveWorkflow(string workflowName)
    {
        lock (_gate)
        {
            var updated = new Dictionary<string, Registration>(_workflows, StringComparer.Ordinal);
            var removed = updated.Remove(workflowName);
            _workflows = updated;
            return removed;
        }
    }

    public void ClearWorkflows()
    {
        lock (_gate)
        {
            _workflows = new Dictionary<string, Registration>(StringComparer.Ordinal);
        }
    }

    public bool ContainsWorkflow(string workflowName) => _workflows.ContainsKey(workflowName);

    public IReadOnlyList<string> GetAllRegisteredWorkflowNames() => _workflows.Keys.ToList();

    internal IReadOnlySet<string> GlobalParamNames(string workflowName) =>
        _workflows.TryGetValue(workflowName, out var registration)
            ? (registration.Workflow.GlobalParams ?? []).Select(g => g.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>();

    // ------------------------------------------------------------------ execution

    /// <summary>Runs all enabled top-level rules; inputs are named input1, input2, … by position.</summary>
    public IReadOnlyList<RuleResultTree> ExecuteAllRules(string workflowName, params object?[] inputs) =>
        ExecuteAllRules(workflowName, inputs.Select((value, i) => new RuleParameter($"input{i + 1}", value)).ToArray());

    /// <summary>Runs all enabled top-level rules with named inputs.</summary>
    public IReadOnlyList<RuleResultTree> ExecuteAllRules(string workflowName, params RuleParameter[] parameters) =>
        ExecuteAllRules(workflowName, parameters, CancellationToken.None);

    /// <summary>Runs all enabled top-level rules with named inputs; stops between rules when cancelled.</summary>
    public IReadOnlyList<RuleResultTree> ExecuteAllRules(string workflowName, RuleParameter[] parameters, CancellationToken cancellationToken)
    {
        var (compiled, values) = Prepare(workflowName, parameters);
        return new WorkflowRunner(_settings, this, 0, cancellationToken).ExecuteAll(compiled, values);
    }

    public ValueTask<IReadOnlyList<RuleResultTree>> ExecuteAllRulesAsync(string workflowName, RuleParameter[] parameters, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ExecuteAllRules(workflowName, parameters, cancellationToken));
    }

    /// <summary>Runs one top-level rule and its action (OutputExpression, EvaluateRule or custom), returning the action's output.</summary>
    public ActionRuleResult ExecuteActionWorkflow(string workflowName, string ruleName, params RuleParameter[] parameters) =>
        ExecuteActionWorkflowCore(workflowName, ruleName, parameters, 0, CancellationToken.None, null);

    /// <param name="budget">The budget of the evaluation whose EvaluateRule action this is, so a chain of actions shares one budget.</param>
    internal ActionRuleResult ExecuteActionWorkflowCore(string workflowName, string ruleName, RuleParameter[] parameters, int depth, CancellationToken cancellationToken, EvaluationBudget? budget)
    {
        var (compiled, values) = Prepare(workflowName, parameters);
        var rule = compiled.Rules.FirstOrDefault(r => r.Rule.RuleName == ruleName)
            ?? throw new ArgumentException($"De regel '{ruleName}' bestaat niet in workflow '{workflowName}' (of staat uit).", nameof(ruleName));
        return new WorkflowRunner(_settings, this, depth, cancellationToken).ExecuteOne(compiled, rule, values, budget);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (CompiledWorkflow Compiled, object?[] Values) Prepare(string workflowName, RuleParameter[] parameters)
    {
        if (!TryGetRegistration(workflowName, out var registration))
        {
            throw new ArgumentException($"De workflow '{workflowName}' is niet geregistreerd.", nameof(workflowName));
        }
        // Fast path: same input names and types as last time; the frame is allocated once, at full size.
        if (registration.Last is { } last && last.Key.Names.Length == parameters.Length)
        {
            var frame = new object?[last.Value.FrameSize];
            var matches = true;
            for (var i = 0; i < parameters.Length; i++)
            {
                var value = parameters[i].Value is DataObject record ? record : DataValues.Normalize(parameters[i].Value);
                frame[i] = value;
                if (!ReferenceEquals(TypeSymbol.FromValue(value), last.Key.Types[i]) || !string.Equals(last.Key.Names[i], parameters[i].Name, StringComparison.Ordinal))
                {
                    matches = false;
                }
            }
            if (matches)
            {
                return (last.Value, frame);
            }
        }
        var values = new object?[parameters.Length];
        var types = new TypeSymbol[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var value = DataValues.Normalize(parameters[i].Value);
            values[i] = value;
            types[i] = TypeSymbol.FromValue(value);
        }
        var signature = new Signature(parameters.Select(p => p.Name).ToArray(), types);
        var compiled = registration.Compiled.GetOrAdd(signature, s => CompileFor(registration.Workflow, s, values));
        registration.Last = new LastCompiled(signature, compiled);
        return (compiled, values);
    }

    private CompiledWorkflow CompileFor(Workflow workflow, Signature signature, object?[] values)
    {
        var expanded = ExpandInjected(workflow);
        var inputTypes = values.Where(v => v is not null && v is not DataObject).Select(v => v!.GetType()).Distinct();
        var catalog = WorkflowCompiler.CreateCatalog(_settings, inputTypes);
        var late = new LateBinder(catalog, !_settings.IsExpressionCaseSensitive);
        var compiler = new WorkflowCompiler(_settings, catalog, late);
        return compiler.Compile(expanded, signature.Names.Zip(signature.Types).ToList());
    }

    private Workflow ExpandInjected(Workflow workflow)
    {
        if (workflow.WorkflowsToInject is not { Count: > 0 })
        {
            return workflow;
        }
        var rules = new List<Rule>(workflow.Rules);
        var globals = new List<ScopedParam>(workflow.GlobalParams ?? []);
        var visited = new HashSet<string>(StringComparer.Ordinal) { workflow.WorkflowName };
        void Inject(IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                if (!visited.Add(name))
                {
                    continue;
                }
                if (!_workflows.TryGetValue(name, out var injected))
                {
                    throw new ArgumentException($"Workflow '{workflow.WorkflowName}' injecteert '{name}', maar die workflow is niet geregistreerd.");
                }
                rules.AddRange(injected.Workflow.Rules);
                foreach (var g in injected.Workflow.GlobalParams ?? [])
                {
                    if (!globals.Exists(x => x.Name.Equals(g.Name, StringComparison.OrdinalIgnoreCase)))
                    {
                        globals.Add(g);
                    }
                }
                Inject(injected.Workflow.WorkflowsToInject ?? []);
            }
        }
        Inject(workflow.WorkflowsToInject);
        return workflow with { Rules = rules, GlobalParams = globals };
    }
}
