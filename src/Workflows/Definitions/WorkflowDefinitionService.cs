using Participatie.Workflows.Model;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Registry;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Serialization;
using Participatie.Workflows.Validation;

namespace Participatie.Workflows.Definitions;

/// <summary>
/// Definition lifecycle: import/export Elsa JSON, save drafts, publish, list versions. Versions are immutable once
/// published; an invalid version is never published, so it never replaces the published one; running instances keep
/// the version they started on.
/// </summary>
public sealed class WorkflowDefinitionService
{
    private readonly EngineContext _engine;
    private readonly WorkflowValidator _validator;
    private readonly SemaphoreSlim _gate = new(1, 1);

    internal WorkflowDefinitionService(EngineContext engine, WorkflowValidator validator)
    {
        _engine = engine;
        _validator = validator;
    }

    private IWorkflowDefinitionStore Store => _engine.DefinitionStore;

    /// <summary>
    /// Imports Elsa JSON as a new draft version of its definition (or the first one), then publishes it when
    /// <paramref name="publish"/> is true, or when null and the JSON says <c>isPublished</c>. Unreadable JSON stores
    /// nothing. A definition with validation errors is kept as a draft but not published (the errors are returned),
    /// so it never replaces the published version.
    /// </summary>
    public async Task<DefinitionResult> ImportAsync(string json, bool? publish = null, CancellationToken cancellationToken = default)
    {
        var definition = WorkflowJson.Read(json, out var readErrors);
        if (definition is null || readErrors.Count > 0) return new DefinitionResult(null, readErrors);
        var shouldPublish = publish ?? definition.IsPublished;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var versions = await Store.ListVersionsAsync(definition.DefinitionId, cancellationToken);
            if (versions.Count > 0)
            {
                definition.Version = Math.Max(definition.Version, versions.Max(v => v.Version) + 1);
                if (versions.Any(v => v.Id == definition.Id)) definition.Id = WorkflowJson.NewId();
                await MarkNotLatestAsync(versions, cancellationToken);
            }
            definition.IsLatest = true;
            definition.IsPublished = false;
            await Store.SaveAsync(definition, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
        _engine.Compiler.Invalidate();
        if (shouldPublish) return await PublishAsync(definition.DefinitionId, definition.Version, cancellationToken);
        return new DefinitionResult(definition, await _validator.ValidateAsync(definition, cancellationToken));
    }

    /// <summary>Exports a version (default: latest) as canonical Elsa JSON.</summary>
    public async Task<string?> ExportAsync(string definitionId, int? version = null, CancellationToken cancellationToken = default)
    {
        var definition = await GetAsync(definitionId, version, cancellationToken);
        if (definition is null) return null;
        // The publication time is this installation's (it anchors Timer triggers), not part of the workflow.
        definition.Extra.Remove("publishedAt");
        return WorkflowJson.Write(definition);
    }

    /// <summary>Exports one exact version, by its version id (Elsa's <c>by-id</c>).</summary>
    public async Task<string?> ExportVersionAsync(string versionId, CancellationToken cancellationToken = default)
    {
        var definition = await Store.FindByVersionIdAsync(versionId, cancellationToken);
        if (definition is null) return null;
        definition.Extra.Remove("publishedAt");
        return WorkflowJson.Write(definition);
    }

    /// <summary>
    /// Exports the latest versions of several definitions (each given by definition id or version id) as a zip with
    /// one <c>definitionId.json</c> per definition; with <paramref name="includeConsumers"/> also every workflow that
    /// uses them as an activity, transitively (Elsa's bulk export), so the package imports elsewhere without gaps.
    /// </summary>
    public async Task<byte[]> ExportPackageAsync(IEnumerable<string> ids, bool includeConsumers, CancellationToken cancellationToken = default)
    {
        var definitionIds = new List<string>();
        foreach (var id in ids)
        {
            var definitionId = (await Store.ListVersionsAsync(id, cancellationToken)).Count > 0 ? id
                : (await Store.FindByVersionIdAsync(id, cancellationToken))?.DefinitionId;
            if (definitionId is not null && !definitionIds.Contains(definitionId)) definitionIds.Add(definitionId);
        }
        if (includeConsumers)
            foreach (var definitionId in definitionIds.ToList())
                foreach (var consumer in await FindConsumersAsync(definitionId, cancellationToken))
                    if (!definitionIds.Contains(consumer)) definitionIds.Add(consumer);
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var definitionId in definitionIds)
            {
                if (await ExportAsync(definitionId, cancellationToken: cancellationToken) is not { } json) continue;
                await using var entry = await zip.CreateEntry(definitionId + ".json").OpenAsync(cancellationToken);
                await entry.WriteAsync(System.Text.Encoding.UTF8.GetBytes(json), cancellationToken);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Saves a draft: replaces the latest version when it is a draft, otherwise adds a new version. The published
    /// version is untouched. Errors are reported, and the draft is kept so work is not lost.
    /// </summary>
    public async Task<DefinitionResult> SaveDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        var errors = await _validator.ValidateAsync(definition, cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var versions = await Store.ListVersionsAsync(definition.DefinitionId, cancellationToken);
            var latest = versions.MaxBy(v => v.Version);
            if (latest is not null && !latest.IsPublished)
            {
                definition.Id = latest.Id;
                definition.Version = latest.Version;
            }
            else
            {
                definition.Id = WorkflowJson.NewId();
                definition.Version = (latest?.Version ?? 0) + 1;
                await MarkNotLatestAsync(versions, cancellationToken);
            }
            definition.IsPublished = false;
            definition.IsLatest = true;
            await Store.SaveAsync(definition, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
        _engine.Compiler.Invalidate();
        return new DefinitionResult(definition, errors);
    }

    /// <summary>Publishes a version (default: the latest). Fails with errors when it is invalid; the published version then stays.</summary>
    public async Task<DefinitionResult> PublishAsync(string definitionId, int? version = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var versions = await Store.ListVersionsAsync(definitionId, cancellationToken);
            var target = version is null ? versions.MaxBy(v => v.Version) : versions.FirstOrDefault(v => v.Version == version);
            if (target is null)
                return new DefinitionResult(null, [new ValidationError(ValidationMessageKeys.VersionNotFound, $"Definition '{definitionId}' version {version?.ToString() ?? "latest"} does not exist.", definitionId)
                    { Arguments = new Dictionary<string, string> { ["definitionId"] = definitionId, ["version"] = version?.ToString() ?? "" } }]);
            var errors = await _validator.ValidateAsync(target, cancellationToken);
            if (errors.Count == 0) errors = await CheckHttpRoutesAsync(target, cancellationToken);
            if (errors.Count > 0) return new DefinitionResult(null, errors);
            // The anchor of Timer triggers' intervals, and the start of every schedule trigger's occurrences.
            target.Extra["publishedAt"] = _engine.Time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var v in versions.Where(v => v.IsPublished && v.Id != target.Id))
            {
                v.IsPublished = false;
                await Store.SaveAsync(v, cancellationToken);
            }
            target.IsPublished = true;
            await Store.SaveAsync(target, cancellationToken);
            _engine.Compiler.Invalidate();
            return new DefinitionResult(target, []);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// An HttpEndpoint's path and method may belong to one published workflow only (Elsa refuses the second with the
    /// same message); other versions of the same definition do not count, since publishing replaces them.
    /// </summary>
    private async Task<IReadOnlyList<ValidationError>> CheckHttpRoutesAsync(WorkflowDefinition target, CancellationToken cancellationToken)
    {
        var routes = Triggers.WorkflowTriggerIndex.Read(target, out _).Where(t => t.ActivityType == Triggers.TriggerTypes.HttpEndpoint).ToList();
        if (routes.Count == 0) return [];
        var others = (await _engine.Triggers.ListAsync(cancellationToken))
            .Where(t => t.ActivityType == Triggers.TriggerTypes.HttpEndpoint && t.DefinitionId != target.DefinitionId).ToList();
        var errors = new List<ValidationError>();
        foreach (var route in routes)
            foreach (var method in route.Methods)
                if (others.Any(o => o.Path == route.Path && o.Methods.Contains(method))
                    || routes.Any(r => r != route && r.Path == route.Path && r.Methods.Contains(method) && string.CompareOrdinal(r.ActivityId, route.ActivityId) < 0))
                    errors.Add(new ValidationError(ValidationCodes.HttpRouteInUse,
                        $"The {route.Path} path and {method.ToLowerInvariant()} method are already in use by another workflow!",
                        target.DefinitionId, route.ActivityId, route.ActivityName, "path")
                    { Arguments = new Dictionary<string, string> { ["path"] = route.Path ?? "", ["method"] = method.ToLowerInvariant() } });
        return errors;
    }

    /// <summary>
    /// Retires a definition: no version stays published, so no new instance can start on it; its versions are kept
    /// (the history, and instances that ran on them, stay readable). Publishing a version again brings it back.
    /// Returns false when the definition does not exist.
    /// </summary>
    public async Task<bool> RetireAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var versions = await Store.ListVersionsAsync(definitionId, cancellationToken);
            if (versions.Count == 0) return false;
            foreach (var v in versions.Where(v => v.IsPublished))
            {
                v.IsPublished = false;
                await Store.SaveAsync(v, cancellationToken);
            }
            _engine.Compiler.Invalidate();
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A version, the latest when <paramref name="version"/> is null.</summary>
    public async Task<WorkflowDefinition?> GetAsync(string definitionId, int? version = null, CancellationToken cancellationToken = default)
    {
        var versions = await Store.ListVersionsAsync(definitionId, cancellationToken);
        return version is null ? versions.MaxBy(v => v.Version) : versions.FirstOrDefault(v => v.Version == version);
    }

    public async Task<WorkflowDefinition?> GetPublishedAsync(string definitionId, CancellationToken cancellationToken = default) =>
        (await Store.ListVersionsAsync(definitionId, cancellationToken)).Where(v => v.IsPublished).MaxBy(v => v.Version);

    public Task<IReadOnlyList<WorkflowDefinition>> ListAsync(CancellationToken cancellationToken = default) => Store.ListLatestAsync(cancellationToken);

    public Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default) =>
        Store.ListVersionsAsync(definitionId, cancellationToken);

    /// <summary>
    /// The designer palette: every registered activity type plus every workflow usable as an activity (its published
    /// version, else its latest), described with its inputs, outputs and outcomes.
    /// </summary>
    public async Task<IReadOnlyList<ActivityDescriptor>> ListActivityTypesAsync(CancellationToken cancellationToken = default)
    {
        var result = _engine.Registry.List().ToList();
        foreach (var latest in await Store.ListLatestAsync(cancellationToken))
        {
            if (!latest.UsableAsActivity) continue;
            var definition = await GetPublishedAsync(latest.DefinitionId, cancellationToken) ?? latest;
            if (result.All(d => d.TypeName != definition.ActivityTypeName)) result.Add(ActivityRegistry.DescribeWorkflow(definition));
        }
        return result;
    }

    /// <summary>
    /// Definitions whose latest version uses <paramref name="definitionId"/> as an activity, directly or through
    /// other workflows (transitively), e.g. to warn before publishing a change.
    /// </summary>
    public async Task<IReadOnlyList<string>> FindConsumersAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var latest = await Store.ListLatestAsync(cancellationToken);
        var byId = latest.ToDictionary(d => d.DefinitionId, StringComparer.Ordinal);
        bool Uses(WorkflowDefinition consumer, WorkflowDefinition used) =>
            consumer.Root?.Descendants().Any(n =>
                (n.Properties["workflowDefinitionId"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var id) && id == used.DefinitionId)
                || (_engine.Registry.Find(n.Type) is null && n.Type == used.ActivityTypeName)) == true;
        var result = new List<string>();
        var queue = new Queue<string>([definitionId]);
        while (queue.Count > 0)
        {
            if (!byId.TryGetValue(queue.Dequeue(), out var used)) continue;
            foreach (var consumer in latest)
                if (consumer.DefinitionId != definitionId && !result.Contains(consumer.DefinitionId) && Uses(consumer, used))
                {
                    result.Add(consumer.DefinitionId);
                    queue.Enqueue(consumer.DefinitionId);
                }
        }
        return result;
    }

    public Task<IReadOnlyList<ValidationError>> ValidateAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default) =>
        _validator.ValidateAsync(definition, cancellationToken);

    /// <summary>
    /// Forgets the cached definitions and compiled graphs, so the next start reads the store again: for a store shared
    /// with other processes, when one of them changed it.
    /// </summary>
    public void ForgetCached() => _engine.Compiler.Invalidate();

    public async Task DeleteAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await Store.DeleteAsync(definitionId, cancellationToken);
        _engine.Compiler.Invalidate();
    }

    private async Task MarkNotLatestAsync(IReadOnlyList<WorkflowDefinition> versions, CancellationToken cancellationToken)
    {
        foreach (var v in versions.Where(v => v.IsLatest))
        {
            v.IsLatest = false;
            await Store.SaveAsync(v, cancellationToken);
        }
    }
}
