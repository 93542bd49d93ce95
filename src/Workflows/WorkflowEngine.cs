using Participatie.Workflows.Definitions;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Registry;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Timers;
using Participatie.Workflows.Triggers;
using Participatie.Workflows.Http;
using Participatie.Workflows.Validation;

namespace Participatie.Workflows;

/// <summary>
/// The engine: activity registry, expression evaluators, definition service, runtime, timer dispatcher. Build one
/// with <see cref="Create"/> (in the Host: once, as a singleton, with EF stores, the Host's clock and services).
/// </summary>
public sealed class WorkflowEngine
{
    private WorkflowEngine(EngineContext context)
    {
        Context = context;
        Validator = new WorkflowValidator(context);
        Definitions = new WorkflowDefinitionService(context, Validator);
        Scheduler = new WorkflowTriggerScheduler(context, context.Triggers);
        Timers = new WorkflowTimerDispatcher(context.Runtime, context.Time, context.Options, Scheduler);
        Http = new HttpWorkflowDispatcher(context);
    }

    internal EngineContext Context { get; }
    public ActivityRegistry Registry => Context.Registry;
    public ExpressionEvaluators Evaluators => Context.Evaluators;
    public WorkflowEngineOptions Options => Context.Options;
    public WorkflowDefinitionService Definitions { get; }
    public WorkflowRuntime Runtime => Context.Runtime;
    public IWorkflowTimerDispatcher Timers { get; }
    /// <summary>The triggers (canStartWorkflow activities) of the published workflows.</summary>
    public WorkflowTriggerIndex Triggers => Context.Triggers;
    /// <summary>Starts Timer, Cron and StartAt triggers on schedule (called by every timer dispatch).</summary>
    public WorkflowTriggerScheduler Scheduler { get; }
    /// <summary>Runs workflows whose start is an HttpEndpoint for HTTP requests the Host received.</summary>
    public HttpWorkflowDispatcher Http { get; }
    public WorkflowValidator Validator { get; }

    /// <summary>Builds an engine. Defaults: all built-in activities and evaluators, in-memory stores, system clock.</summary>
    public static WorkflowEngine Create(Action<WorkflowEngineBuilder>? configure = null)
    {
        var builder = new WorkflowEngineBuilder();
        configure?.Invoke(builder);
        var context = new EngineContext
        {
            Registry = builder.Registry,
            Evaluators = builder.Evaluators,
            Time = builder.Time,
            Services = builder.Services,
            DefinitionStore = builder.DefinitionStore,
            InstanceStore = builder.InstanceStore,
            Options = builder.Options,
            HttpSender = builder.HttpSender,
        };
        context.Compiler = new WorkflowCompiler(context);
        context.Runtime = new WorkflowRuntime(context);
        context.Triggers = new WorkflowTriggerIndex(context);
        return new WorkflowEngine(context);
    }
}
