using System.Text.Json.Nodes;

namespace Participatie.Workflows.Model;

/// <summary>One version of an Elsa 3 workflow definition.</summary>
public sealed class WorkflowDefinition
{
    /// <summary>The id of this version (Elsa's <c>id</c>).</summary>
    public string Id { get; set; } = "";
    /// <summary>The id shared by all versions (Elsa's <c>definitionId</c>).</summary>
    public string DefinitionId { get; set; } = "";
    public string? Name { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; } = 1;
    public bool IsPublished { get; set; }
    public bool IsLatest { get; set; } = true;
    public List<VariableDefinition> Variables { get; set; } = [];
    public List<ParameterDefinition> Inputs { get; set; } = [];
    public List<ParameterDefinition> Outputs { get; set; } = [];
    public List<string> Outcomes { get; set; } = [];
    /// <summary>Whether other workflows can use this one as an activity type.</summary>
    public bool UsableAsActivity { get; set; }
    /// <summary>Palette category when used as an activity.</summary>
    public string? ActivityCategory { get; set; }
    public ActivityNode? Root { get; set; }
    /// <summary><c>options</c> as read (kept for round trip; <see cref="UsableAsActivity"/> wins on export).</summary>
    public JsonObject Options { get; set; } = [];
    /// <summary>Every other top-level field (createdAt, customProperties, unknown fields), kept for round trip.</summary>
    public JsonObject Extra { get; set; } = [];

    /// <summary>The activity type name this definition has when used as an activity (Elsa pascalizes the name).</summary>
    public string ActivityTypeName => ActivityTypeNames.FromWorkflowName(Name ?? DefinitionId);
}
