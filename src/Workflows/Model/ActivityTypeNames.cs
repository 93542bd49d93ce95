using System.Text;

namespace Participatie.Workflows.Model;

/// <summary>Naming rules shared by the importer, the registry and the designer.</summary>
public static class ActivityTypeNames
{
    /// <summary>Pascalizes a workflow name the way Elsa does for workflow-as-activity types: "Subworkflow test" → "SubworkflowTest".</summary>
    public static string FromWorkflowName(string name)
    {
        var sb = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (c == ' ' || c == '_') { upperNext = true; continue; }
            sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }
        return sb.ToString();
    }

    /// <summary>camelCase of a property name ("Text" → "text").</summary>
    public static string Camel(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
