using Participatie.Workflows.Model;
using Participatie.Workflows.Serialization;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// The starting points for a new workflow (<c>workflows-json/templates</c>, or <c>Participatie:WorkflowTemplatesDirectory</c>):
/// Elsa JSON files like the shipped workflows, read when asked so a new file needs no restart. The id of a template is
/// its file name without <c>.json</c>; its name and description are the definition's own.
/// </summary>
public sealed class WorkflowSjablonen(IConfiguration configuration)
{
    public sealed record Sjabloon(string Id, string Naam, string? Omschrijving);

    public string Directory => configuration["Participatie:WorkflowTemplatesDirectory"] is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(AppContext.BaseDirectory, "workflows-json", "templates");

    public async Task<IReadOnlyList<Sjabloon>> ListAsync(CancellationToken ct)
    {
        var result = new List<Sjabloon>();
        foreach (var id in Ids())
        {
            if (await ReadAsync(id, ct) is { } definition)
            {
                result.Add(new Sjabloon(id, definition.Name ?? id, definition.Description));
            }
        }

        return result;
    }

    /// <summary>The template's definition, or null when there is no such (readable) template.</summary>
    public async Task<WorkflowDefinition?> ReadAsync(string id, CancellationToken ct)
    {
        // Only names from the folder listing are opened: an id is never turned into a path of its own.
        if (!Ids().Contains(id, StringComparer.Ordinal))
        {
            return null;
        }

        var json = await File.ReadAllTextAsync(Path.Combine(Directory, id + ".json"), ct);
        return WorkflowJson.Read(json, out _);
    }

    private IEnumerable<string> Ids() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)
        : [];
}
