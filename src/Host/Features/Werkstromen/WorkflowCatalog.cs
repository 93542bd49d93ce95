using Participatie.Workflows;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// The workflows the product ships (<c>workflows-json/workflows</c>). On start, every shipped definition
/// that the database does not know yet is imported and published. Definitions already there are left
/// alone: officials may have changed them in the designer.
/// </summary>
public sealed partial class WorkflowCatalog(WorkflowEngine engine, IConfiguration configuration, ILogger<WorkflowCatalog> logger)
{
    public string Directory => configuration["Participatie:WorkflowsDirectory"] is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(AppContext.BaseDirectory, "workflows-json", "workflows");

    public async Task EnsurePublishedAsync(CancellationToken ct)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return;
        }

        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(file, ct);
            var probe = Participatie.Workflows.Serialization.WorkflowJson.Read(json, out _);
            if (probe is null || await engine.Definitions.GetAsync(probe.DefinitionId, cancellationToken: ct) is not null)
            {
                continue;
            }

            var result = await engine.Definitions.ImportAsync(json, publish: true, ct);
            if (result.Succeeded)
            {
                LogImported(probe.DefinitionId, Path.GetFileName(file));
            }
            else
            {
                LogInvalid(Path.GetFileName(file), string.Join("; ", result.Errors.Select(e => e.ToString())));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow {DefinitionId} imported and published from {File}")]
    private partial void LogImported(string definitionId, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shipped workflow {File} is invalid and was not published: {Errors}")]
    private partial void LogInvalid(string file, string errors);
}
