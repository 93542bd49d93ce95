using Participatie.Workflows.Registry;
using Participatie.Workflows.Serialization;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Registry;

public sealed class ActivityRegistryTests
{
    [Theory]
    [InlineData("Elsa.WriteLine")]
    [InlineData("Elsa.SetVariable")]
    [InlineData("Elsa.SetOutput")]
    [InlineData("Elsa.SetName")]
    [InlineData("Elsa.Correlate")]
    [InlineData("Elsa.Start")]
    [InlineData("Elsa.End")]
    [InlineData("Elsa.Finish")]
    [InlineData("Elsa.Complete")]
    [InlineData("Elsa.Fault")]
    [InlineData("Elsa.FlowDecision")]
    [InlineData("Elsa.FlowSwitch")]
    [InlineData("Elsa.FlowFork")]
    [InlineData("Elsa.FlowJoin")]
    [InlineData("Elsa.FlowNode")]
    [InlineData("Elsa.Flowchart")]
    [InlineData("Elsa.Sequence")]
    [InlineData("Elsa.Event")]
    [InlineData("Elsa.PublishEvent")]
    [InlineData("Elsa.RunTask")]
    [InlineData("Elsa.Delay")]
    [InlineData("Elsa.Timer")]
    [InlineData("Elsa.StartAt")]
    [InlineData("Elsa.Cron")]
    [InlineData("Elsa.ExecuteWorkflow")]
    [InlineData("Elsa.ForEach")]
    [InlineData("Elsa.ParallelForEach")]
    [InlineData("Elsa.RunJavaScript")]
    [InlineData("Elsa.RunCSharp")]
    public void CreateDefault_BuiltInActivity_IsRegisteredWithCategory(string typeName)
    {
        var descriptor = ActivityRegistry.CreateDefault().Find(typeName);

        Assert.NotNull(descriptor);
        Assert.False(string.IsNullOrEmpty(descriptor!.Category));
        Assert.Equal(typeName, descriptor.TypeName);
    }

    [Fact]
    public void Describe_FlowDecision_HasConditionInputAndTrueFalsePorts()
    {
        var descriptor = ActivityRegistry.CreateDefault().Find("Elsa.FlowDecision")!;

        Assert.Equal(("condition", "Boolean"), (descriptor.Inputs.Single().Name, descriptor.Inputs.Single().TypeName));
        Assert.Equal(["True", "False"], descriptor.Ports);
    }

    [Fact]
    public void DescribeWorkflow_UsableDefinition_ExposesInputsOutputsOutcomesUnderPascalName()
    {
        var json = Wf.Flowchart("child", [Wf.WriteLine("w", "x")], name: "Subworkflow test",
            inputs: [new System.Text.Json.Nodes.JsonObject { ["name"] = "Input1", ["type"] = "String" }],
            outputs: [new System.Text.Json.Nodes.JsonObject { ["name"] = "Output1", ["type"] = "Object" }], usableAsActivity: true);
        var definition = WorkflowJson.Read(json, out _)!;
        definition.Outcomes.AddRange(["Success", "Failure"]);

        var descriptor = ActivityRegistry.DescribeWorkflow(definition);

        Assert.Equal("SubworkflowTest", descriptor.TypeName);
        Assert.Equal(["input1"], descriptor.Inputs.Select(i => i.Name));
        Assert.Equal(["output1"], descriptor.Outputs.Select(o => o.Name));
        Assert.Equal(["Success", "Failure"], descriptor.Ports);
        Assert.Equal("child", descriptor.WorkflowDefinitionId);
    }

    [Fact]
    public async Task ListActivityTypes_WithUsableWorkflow_IncludesBuiltInsAndWorkflowType()
    {
        var engine = WorkflowEngine.Create();
        await engine.Definitions.ImportAsync(Wf.Flowchart("child", [Wf.WriteLine("w", "x")], name: "Buurt check", usableAsActivity: true), publish: true);
        await engine.Definitions.ImportAsync(Wf.Flowchart("plain", [Wf.WriteLine("w", "x")]), publish: true);

        var palette = await engine.Definitions.ListActivityTypesAsync();

        Assert.Contains(palette, d => d.TypeName == "Elsa.WriteLine");
        Assert.Equal("child", Assert.Single(palette, d => d.TypeName == "BuurtCheck").WorkflowDefinitionId);
        Assert.DoesNotContain(palette, d => d.WorkflowDefinitionId == "plain");
    }
}
