using Participatie.Workflows;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>Registers the rules compiler as the workflows' <c>CSharp</c> expression language, on the Host's clock.</summary>
public sealed class CSharpExpressions(TimeProvider clock) : IWorkflowEngineExtension
{
    public void Configure(WorkflowEngineBuilder builder, IServiceProvider services) =>
        builder.AddExpressionEvaluator(new CSharpExpressionEvaluator(clock));
}
