using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Model;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Activities.Composition;

/// <summary>
/// A workflow definition used as an activity (its type name is the pascalized workflow name). Runs the child's root
/// inline with its own variables, input and output; maps the child's outputs to the bound variables; completes with
/// the outcomes of a Complete activity inside, or Done.
/// </summary>
public sealed class WorkflowDefinitionActivity : Activity
{
    /// <summary>The definition version that was compiled in.</summary>
    public WorkflowDefinition Definition { get; internal set; } = new();
    public Activity? Root { get; internal set; }
    /// <summary>Inputs by the child's input name.</summary>
    public Dictionary<string, Input<object>> WorkflowInputs { get; } = new(StringComparer.Ordinal);
    /// <summary>Outputs by the child's output name.</summary>
    public Dictionary<string, Output<object>> WorkflowOutputs { get; } = new(StringComparer.Ordinal);

    public override IEnumerable<Activity> Children => Root is null ? [] : [Root];
    public override bool IsWorkflowBoundary => true;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var scope = new WorkflowScope { DefinitionId = Definition.DefinitionId };
        // Each input reaches the child as the type the child declares (a Literal "4" bound to an Int32 input is 4).
        foreach (var (name, input) in WorkflowInputs)
            scope.Input[name] = ValueConverter.Coerce(await context.EvaluateAsync(input), ValueConverter.DeclaredType(Definition.Inputs.FirstOrDefault(i => i.Name == name)));
        foreach (var variable in Definition.Variables)
            scope.Variables[variable.Name] = ValueConverter.Coerce(variable.Value, variable.TypeName);
        context.State.Scope = scope;
        if (Root is null) Finish(context, ["Done"]);
        else context.ScheduleActivity(Root);
    }

    public override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child, IReadOnlyList<string> outcomes)
    {
        Finish(context, ["Done"]);
        return ValueTask.CompletedTask;
    }

    internal void Finish(ActivityExecutionContext context, IReadOnlyList<string> outcomes)
    {
        var output = context.State.Scope?.Output ?? [];
        foreach (var parameter in Definition.Outputs)
        {
            WorkflowOutputs.TryGetValue(parameter.Name, out var binding);
            context.SetOutput(binding, output[parameter.Name]?.DeepClone(), parameter.Name);
        }
        context.Complete([.. outcomes]);
    }
}
