using Participatie.Workflows.Activities;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Registry;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows;

/// <summary>Configures a <see cref="WorkflowEngine"/>: stores, clock, services, activities, evaluators, options.</summary>
public sealed class WorkflowEngineBuilder
{
    public ActivityRegistry Registry { get; } = ActivityRegistry.CreateDefault();
    public ExpressionEvaluators Evaluators { get; } = ExpressionEvaluators.CreateDefault();
    public IWorkflowDefinitionStore DefinitionStore { get; set; } = new InMemoryWorkflowDefinitionStore();
    public IWorkflowInstanceStore InstanceStore { get; set; } = new InMemoryWorkflowInstanceStore();
    public TimeProvider Time { get; set; } = TimeProvider.System;
    /// <summary>Where activities get services (<see cref="ActivityExecutionContext.GetRequiredService{T}"/>).</summary>
    public IServiceProvider Services { get; set; } = EmptyServiceProvider.Instance;
    public WorkflowEngineOptions Options { get; } = new();
    /// <summary>How SendHttpRequest sends: by default under an empty policy, so nothing is sent until a host is allowed.</summary>
    public Http.IWorkflowHttpSender HttpSender { get; set; } = new Http.GuardedHttpSender(new Http.HttpSendPolicy());

    /// <summary>Lets SendHttpRequest reach the hosts <paramref name="policy"/> allows.</summary>
    public WorkflowEngineBuilder UseHttpPolicy(Http.HttpSendPolicy policy)
    {
        HttpSender = new Http.GuardedHttpSender(policy);
        return this;
    }

    /// <summary>Registers an activity class (domain activities of the Host).</summary>
    public WorkflowEngineBuilder AddActivity<TActivity>() where TActivity : Activity, new()
    {
        Registry.Register<TActivity>();
        return this;
    }

    /// <summary>Adds or replaces an expression evaluator (the Host's <c>CSharp</c>).</summary>
    public WorkflowEngineBuilder AddExpressionEvaluator(IExpressionEvaluator evaluator)
    {
        Evaluators.Add(evaluator);
        return this;
    }

    public WorkflowEngineBuilder UseStores(IWorkflowDefinitionStore definitions, IWorkflowInstanceStore instances)
    {
        DefinitionStore = definitions;
        InstanceStore = instances;
        return this;
    }

    public WorkflowEngineBuilder UseTime(TimeProvider time)
    {
        Time = time;
        return this;
    }

    public WorkflowEngineBuilder UseServices(IServiceProvider services)
    {
        Services = services;
        return this;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();
        public object? GetService(Type serviceType) => null;
    }
}
