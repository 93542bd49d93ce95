using Participatie.Rules.Compilation;
using Participatie.Rules.Model;

namespace Participatie.Rules.Engine;

/// <summary>A workflow compiled for one input signature: delegates reading from a frame of slots.</summary>
internal sealed class CompiledWorkflow
{
    public required Workflow Workflow { get; init; }

    public required int FrameSize { get; init; }

    /// <summary>The frame slot for the evaluation's budget, or -1 when no expression has a loop (then none is created).</summary>
    public required int BudgetSlot { get; init; }

    public required string[] InputNames { get; init; }

    public required CompiledParam[] Globals { get; init; }

    /// <summary>A compile problem in the global parameters; every rule then fails with it ("Error while compiling rule …").</summary>
    public string? SharedCompileError { get; init; }

    /// <summary>
    /// An input named like a global parameter; every rule then fails with it. Upstream finds this only when it adds the
    /// evaluated globals to the inputs, so it is reported as "Error while executing scoped params for rule …".
    /// </summary>
    public string? InputCollidesWithGlobal { get; init; }

    public required CompiledRule[] Rules { get; init; }

    /// <summary>The expressions that still run interpreted (see <see cref="FrameFunction{TResult}"/>).</summary>
    public IReadOnlyList<IDeferredCompilation> Deferred { get; init; } = [];

    /// <summary>Evaluations that may run on interpreted expressions before they are all compiled.</summary>
    public int InterpretedEvaluations { get; init; }

    private int _evaluations;
    private int _compiled;

    /// <summary>
    /// Counts an evaluation about to start; once the interpreted ones are used up, compiles every deferred expression
    /// (on this thread, once; evaluations running meanwhile keep their interpreted delegates).
    /// </summary>
    public void NoteEvaluation()
    {
        if (Deferred.Count == 0 || Volatile.Read(ref _compiled) != 0)
        {
            return;
        }
        if (Interlocked.Increment(ref _evaluations) > InterpretedEvaluations && Interlocked.Exchange(ref _compiled, 1) == 0)
        {
            foreach (var function in Deferred)
            {
                function.Compile();
            }
        }
    }
}

internal sealed record CompiledParam(string Name, int Slot, FrameFunction<object?>? Evaluate);

internal sealed class CompiledRule
{
    public required Rule Rule { get; init; }

    /// <summary>The ErrorMessage split at its <c>$(…)</c> placeholders; null when it has none.</summary>
    public ErrorMessageFormatter? ErrorMessageTemplate { get; init; }

    public required CompiledParam[] Locals { get; init; }

    /// <summary>Problem compiling the local parameters ("Error while compiling rule …").</summary>
    public string? ParamsCompileError { get; init; }

    public FrameFunction<bool>? Predicate { get; init; }

    /// <summary>Problem compiling the expression ("Exception while parsing expression …").</summary>
    public string? ExpressionCompileError { get; init; }

    /// <summary>
    /// The explanation in <see cref="ExpressionCompileError"/> without its prefix: when exceptions are thrown
    /// (EnableExceptionAsErrorMessage false) upstream reports a parse error as "Error while compiling rule `R`: …".
    /// </summary>
    public string? ExpressionCompileDetail { get; init; }

    /// <summary>
    /// A local parameter of this rule or of a rule around it has the name of an input, a global parameter or a local
    /// parameter further out. The rule (and every rule inside it) then fails, after its parameters and children ran —
    /// where upstream fails collecting its inputs by name ("Error while executing rule : R - …").
    /// </summary>
    public string? DuplicateNameError { get; init; }

    public CompiledRule[]? Children { get; init; }

    public bool IsOr { get; init; }

    public required string[] VisibleNames { get; init; }

    public required int[] VisibleSlots { get; init; }

    /// <summary>True when this rule or a descendant has an action (otherwise the action walk is skipped).</summary>
    public bool SubtreeHasActions { get; init; }

    /// <summary>True when this rule or a descendant has an ErrorMessage (otherwise the formatting walk is skipped).</summary>
    public bool SubtreeHasErrorMessages { get; init; }

    public CompiledAction? OnSuccess { get; init; }

    public CompiledAction? OnFailure { get; init; }
}

internal sealed class CompiledAction
{
    public required ActionInfo Info { get; init; }

    public FrameFunction<object?>? Output { get; init; }

    public string? CompileError { get; init; }

    public IReadOnlyList<(string Name, FrameFunction<object?>? Evaluate, string? Error)> AdditionalInputs { get; init; } = [];
}
