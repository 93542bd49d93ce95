using Participatie.Workflows;

namespace Participatie.Host.WorkflowHosting;

/// <summary>Registers the rules compiler as the workflows' <c>CSharp</c> expression language.</summary>
public sealed class RulesExpressionConfigurer(TimeProvider clock) : IWorkflowEngineConfigurer
{
    public void Configure(WorkflowEngineBuilder builder, IServiceProvider services) =>
        builder.AddExpressionEvaluator(new CSharpExpressionEvaluator(clock));
}
