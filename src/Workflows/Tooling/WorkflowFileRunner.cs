using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Serialization;
using Participatie.Workflows.Validation;

namespace Participatie.Workflows.Tooling;

/// <summary>Loads workflow files into an in-memory engine and runs one, the way Elsa's test helper does.</summary>
public static class WorkflowFileRunner
{
    /// <summary>Upper bound of resume rounds for <see cref="RunOptions.ResumeAll"/>.</summary>
    public const int MaxResumeRounds = 10_000;

    public static async Task<RunReport> RunAsync(RunOptions options, CancellationToken cancellationToken = default)
    {
        var output = new StringWriter();
        var engine = WorkflowEngine.Create(b =>
        {
            b.Options.Output = output;
            b.Options.FlowchartMode = options.FlowchartMode;
            options.Configure?.Invoke(b);
        });
        var (loaded, errors) = await LoadAsync(engine, [.. options.With, options.File], cancellationToken);
        if (errors.Count > 0 || !loaded.TryGetValue(Path.GetFullPath(options.File), out var definitionId))
            return new RunReport([], null, errors);
        var runtime = engine.Runtime;
        var result = await runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Input = options.Input, FlowchartMode = options.FlowchartMode }, cancellationToken);
        var instance = result.Instance;
        foreach (var (name, payload) in options.Events)
        {
            if (instance.Status == WorkflowStatus.Finished) break;
            await runtime.TriggerEventAsync(name, null, payload, instance.Id, cancellationToken);
            instance = await runtime.GetAsync(instance.Id, cancellationToken) ?? instance;
        }
        for (var round = 0; options.ResumeAll && round < MaxResumeRounds && instance.Status != WorkflowStatus.Finished && instance.Bookmarks.Count > 0; round++)
        {
            foreach (var bookmark in instance.Bookmarks.ToList())
            {
                try
                {
                    await runtime.ResumeBookmarkAsync(instance.Id, bookmark.Id, options.Input?.DeepClone(), cancellationToken);
                }
                catch (WorkflowNotFoundException)
                {
                    // Removed by an earlier resume in this round (e.g. a canceled branch).
                }
            }
            instance = await runtime.GetAsync(instance.Id, cancellationToken) ?? instance;
        }
        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return new RunReport(lines, instance, []);
    }

    /// <summary>
    /// Imports files (published), dependencies first: a file whose activity types are not known yet is retried after
    /// the others. Returns full path → definition id, and the errors of files that never loaded.
    /// </summary>
    public static async Task<(Dictionary<string, string> Loaded, List<ValidationError> Errors)> LoadAsync(WorkflowEngine engine, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var loaded = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = files.Select(Path.GetFullPath).Distinct().ToList();
        var lastErrors = new Dictionary<string, IReadOnlyList<ValidationError>>();
        var progress = true;
        while (pending.Count > 0 && progress)
        {
            progress = false;
            foreach (var file in pending.ToList())
            {
                string text;
                try
                {
                    text = await File.ReadAllTextAsync(file, cancellationToken);
                }
                catch (IOException ex)
                {
                    lastErrors[file] = [new ValidationError("WF000", ex.Message) { Source = file }];
                    pending.Remove(file);
                    continue;
                }
                var definition = WorkflowJson.Read(text, out var readErrors);
                var validation = definition is null ? readErrors : await engine.Validator.ValidateAsync(definition, cancellationToken);
                var result = validation.Count == 0 ? await engine.Definitions.ImportAsync(text, publish: true, cancellationToken) : new Definitions.DefinitionResult(null, validation);
                if (result.Succeeded)
                {
                    loaded[file] = result.Definition!.DefinitionId;
                    pending.Remove(file);
                    lastErrors.Remove(file);
                    progress = true;
                }
                else
                {
                    lastErrors[file] = result.Errors.Select(e => e with { Source = file }).ToList();
                }
            }
        }
        return (loaded, lastErrors.Values.SelectMany(e => e).ToList());
    }

    /// <summary>Reads definitions without validating them (for checking files that refer to each other).</summary>
    internal static async Task<List<(string File, Model.WorkflowDefinition? Definition, IReadOnlyList<ValidationError> Errors)>> ReadAllAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var result = new List<(string, Model.WorkflowDefinition?, IReadOnlyList<ValidationError>)>();
        foreach (var file in files)
        {
            try
            {
                var definition = WorkflowJson.Read(await File.ReadAllTextAsync(file, cancellationToken), out var errors);
                result.Add((file, definition, errors.Select(e => e with { Source = file }).ToList()));
            }
            catch (IOException ex)
            {
                result.Add((file, null, [new ValidationError("WF000", ex.Message) { Source = file }]));
            }
        }
        return result;
    }
}
