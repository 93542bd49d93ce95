using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Participatie.Host.Features.Accounts;
using Participatie.Workflows;
using Participatie.Workflows.Model;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Validation;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// Workflow definitions (Elsa 3 JSON: list, get, import, export, save draft, publish, versions, validate,
/// activity types) and instances (start, get with journal, list, trigger event, complete a task, cancel).
/// Reading is for all staff; changing definitions and instances is for process owners (afdeling, beheer).
/// </summary>
public static class WorkflowsApi
{
    public sealed record DefinitionSummary(string Id, string DefinitionId, string? Name, int Version, bool IsPublished, bool IsLatest, bool UsableAsActivity);

    public sealed record ValidationErrorResponse(string Code, string Message, string? DefinitionId, string? ActivityId, string? ActivityName, string? Input, int? Line, int? Column, string Text);

    public sealed record InstanceSummary(string Id, string DefinitionId, int Version, string? Name, string? CorrelationId, string Status, string SubStatus, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt);

    public sealed record BookmarkResponse(string Id, string Name, string? Key, string? CorrelationId, string ActivityId, string? ActivityName, string ActivityType, DateTimeOffset? DueAt, DateTimeOffset CreatedAt);

    public sealed record JournalResponse(long Sequence, string ActivityId, string? ActivityName, string ActivityType, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, string Status, IReadOnlyList<string> Outcomes, bool Suspended, string? Message, JsonObject? Inputs, Participatie.Workflows.Http.HttpExchangeRecord? Http);

    public sealed record IncidentResponse(string ActivityId, string? ActivityName, string ActivityType, string Message, DateTimeOffset At);

    public sealed record InstanceDetail(
        InstanceSummary Instance, string DefinitionVersionId, JsonObject Input, JsonObject Output, JsonObject Variables,
        IReadOnlyList<BookmarkResponse> Bookmarks, IReadOnlyList<JournalResponse> Journal, IReadOnlyList<IncidentResponse> Incidents);

    /// <summary>An input; <c>name</c> is the JSON name, <c>displayName</c> and <c>description</c> are in the requested language.</summary>
    public sealed record ActivityInputResponse(string Name, string TypeName, string? Description, string? DisplayName, string? UiHint);

    public sealed record ActivityOutputResponse(string Name, string TypeName, string? Description);

    /// <summary>
    /// A palette entry for the designer. <c>typeName</c>, <c>category</c> and <c>ports</c> are the names in the JSON;
    /// <c>categoryDisplayName</c>, <c>displayName</c>, <c>description</c> and <c>portLabels</c> are in the requested language.
    /// </summary>
    public sealed record ActivityTypeResponse(
        string TypeName, string Category, string DisplayName, string? Description, IReadOnlyList<ActivityInputResponse> Inputs,
        IReadOnlyList<ActivityOutputResponse> Outputs, IReadOnlyList<string> Ports, string? WorkflowDefinitionId, bool IsContainer,
        string CategoryDisplayName, IReadOnlyDictionary<string, string> PortLabels, string Language);

    /// <summary>A new workflow: <c>startFrom</c> is <c>empty</c>, <c>copy</c> (source = a definition id) or <c>template</c> (source = a template id).</summary>
    public sealed record NewDefinitionRequest(string? Name, string? Description, string? StartFrom, string? Source);

    public sealed record TemplateResponse(string Id, string Name, string? Description);

    public sealed record StartRequest(string DefinitionId, JsonObject? Input, string? CorrelationId, int? Version);

    public sealed record EventRequest(string? CorrelationId, JsonObject? Payload);

    public sealed record TaskCompletion(JsonNode? Result);

    public static RouteGroupBuilder MapWorkflowsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/workflows").WithTags("Workflows").RequireAuthorization(StaffPolicies.Staff);
        api.MapGet("/definitions", ListDefinitionsAsync);
        api.MapGet("/definitions/{definitionId}", ExportAsync);
        api.MapGet("/definitions/{definitionId}/versions", ListVersionsAsync);
        api.MapGet("/templates", ListTemplatesAsync);
        api.MapPost("/definitions", CreateAsync).RequireAuthorization(WerkstromenFeature.EditPolicy);
        api.MapPost("/definitions/{definitionId}/retire", RetireAsync).RequireAuthorization(WerkstromenFeature.EditPolicy);
        api.MapDelete("/definitions/{definitionId}", DeleteAsync).RequireAuthorization(WerkstromenFeature.EditPolicy);
        api.MapPost("/definitions/import", ImportAsync).RequireAuthorization(WerkstromenFeature.EditPolicy);
        api.MapPut("/definitions/{definitionId}/draft", SaveDraftAsync).RequireAuthorization(WerkstromenFeature.EditPolicy);
        api.MapPost("/definitions/{definitionId}/publish", PublishAsync).RequireAuthorization(WerkstromenFeature.EditPolicy);
        api.MapPost("/definitions/validate", ValidateAsync);
        api.MapGet("/activity-types", ListActivityTypesAsync);
        api.MapGet("/domain-events", () => TypedResults.Ok(WerkstroomGebeurtenissen.Bekend));
        api.MapGet("/triggers", ListTriggersAsync);
        api.MapGet("/instances", ListInstancesAsync);
        api.MapGet("/instances/{instanceId}", GetInstanceAsync);
        api.MapPost("/instances", StartAsync).RequireAuthorization(WerkstromenFeature.EditPolicy);
        api.MapPost("/instances/{instanceId}/cancel", CancelAsync).RequireAuthorization(WerkstromenFeature.EditPolicy);
        api.MapPost("/events/{eventName}", TriggerEventAsync).RequireAuthorization(WerkstromenFeature.EditPolicy);
        api.MapPost("/tasks/{taskId}/complete", CompleteTaskAsync).RequireAuthorization(WerkstromenFeature.EditPolicy);
        return api;
    }

    /// <summary>What starts published workflows by itself: schedules, domain events, HTTP endpoints.</summary>
    public static async Task<Ok<IReadOnlyList<Participatie.Workflows.Triggers.WorkflowTrigger>>> ListTriggersAsync(WorkflowEngine engine, CancellationToken ct) =>
        TypedResults.Ok(await engine.Triggers.ListAsync(ct));

    public static async Task<Ok<List<DefinitionSummary>>> ListDefinitionsAsync(WorkflowEngine engine, CancellationToken ct) =>
        TypedResults.Ok((await engine.Definitions.ListAsync(ct)).Select(Summary).OrderBy(d => d.DefinitionId, StringComparer.Ordinal).ToList());

    public static async Task<Results<ContentHttpResult, NotFound>> ExportAsync(string definitionId, int? version, WorkflowEngine engine, CancellationToken ct)
    {
        var json = await engine.Definitions.ExportAsync(definitionId, version, ct);
        return json is null ? TypedResults.NotFound() : TypedResults.Text(json, "application/json");
    }

    public static async Task<Results<Ok<List<DefinitionSummary>>, NotFound>> ListVersionsAsync(string definitionId, WorkflowEngine engine, CancellationToken ct)
    {
        var versions = await engine.Definitions.ListVersionsAsync(definitionId, ct);
        return versions.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(versions.Select(Summary).ToList());
    }

    public static async Task<Ok<List<TemplateResponse>>> ListTemplatesAsync(WorkflowSjablonen sjablonen, CancellationToken ct) =>
        TypedResults.Ok((await sjablonen.ListAsync(ct)).Select(t => new TemplateResponse(t.Id, t.Naam, t.Omschrijving)).ToList());

    /// <summary>A new draft (empty, a copy or from a template); 201 with its summary, the designer opens it.</summary>
    public static async Task<Results<Created<DefinitionSummary>, ProblemHttpResult>> CreateAsync(
        NewDefinitionRequest request, NieuweWorkflow nieuw, CancellationToken ct)
    {
        var (result, weigering) = await nieuw.MaakAsync(request.Name, request.Description, request.StartFrom, request.Source, ct);
        if (weigering is not null)
        {
            return TypedResults.Problem(weigering.Melding, statusCode: weigering.Status);
        }

        var definition = result!.Definition!;
        return TypedResults.Created($"/api/workflows/definitions/{definition.DefinitionId}", Summary(definition));
    }

    /// <summary>Retire: nothing new starts on it; versions stay. 409 (Dutch detail) while instances run.</summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> RetireAsync(string definitionId, WorkflowBeeindiging beeindiging, CancellationToken ct) =>
        Beeindigd(await beeindiging.TrekInAsync(definitionId, ct), "Intrekken niet mogelijk");

    /// <summary>Delete every version. 409 (Dutch detail) while instances run or another workflow uses it as an activity.</summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(string definitionId, WorkflowBeeindiging beeindiging, CancellationToken ct) =>
        Beeindigd(await beeindiging.VerwijderAsync(definitionId, ct), "Verwijderen niet mogelijk");

    private static Results<NoContent, NotFound, ProblemHttpResult> Beeindigd(WorkflowBeeindiging.Resultaat resultaat, string titel) => resultaat.Uitkomst switch
    {
        WorkflowBeeindiging.Uitkomst.Gedaan => TypedResults.NoContent(),
        WorkflowBeeindiging.Uitkomst.NietGevonden => TypedResults.NotFound(),
        _ => TypedResults.Problem(resultaat.Melding, statusCode: StatusCodes.Status409Conflict, title: titel),
    };

    public static async Task<Results<Created<DefinitionSummary>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, bool? publish, WorkflowEngine engine, [AsParameters] Vertaling vertaling, CancellationToken ct)
    {
        var json = await ReadBodyAsync(request, ct);
        var result = await engine.Definitions.ImportAsync(json, publish, ct);
        return result.Succeeded
            ? TypedResults.Created($"/api/workflows/definitions/{result.Definition!.DefinitionId}", Summary(result.Definition))
            : Invalid(result.Errors, vertaling);
    }

    public static async Task<Results<Ok<DefinitionSummary>, ProblemHttpResult>> SaveDraftAsync(
        string definitionId, HttpRequest request, WorkflowEngine engine, [AsParameters] Vertaling vertaling, CancellationToken ct)
    {
        var definition = Participatie.Workflows.Serialization.WorkflowJson.Read(await ReadBodyAsync(request, ct), out var readErrors);
        if (definition is null)
        {
            return Invalid(readErrors, vertaling);
        }

        if (definition.DefinitionId != definitionId)
        {
            return TypedResults.Problem($"De definitie in de body heet '{definition.DefinitionId}', het adres noemt '{definitionId}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await engine.Definitions.SaveDraftAsync(definition, ct);
        return result.Definition is not null
            ? TypedResults.Ok(Summary(result.Definition))
            : Invalid(result.Errors, vertaling);
    }

    public static async Task<Results<Ok<DefinitionSummary>, ProblemHttpResult>> PublishAsync(
        string definitionId, int? version, WorkflowEngine engine, [AsParameters] Vertaling vertaling, CancellationToken ct)
    {
        var result = await engine.Definitions.PublishAsync(definitionId, version, ct);
        return result.Succeeded ? TypedResults.Ok(Summary(result.Definition!)) : Invalid(result.Errors, vertaling);
    }

    public static async Task<Ok<List<ValidationErrorResponse>>> ValidateAsync(HttpRequest request, WorkflowEngine engine, [AsParameters] Vertaling vertaling, CancellationToken ct)
    {
        var definition = Participatie.Workflows.Serialization.WorkflowJson.Read(await ReadBodyAsync(request, ct), out var readErrors);
        var errors = definition is null ? readErrors : await engine.Definitions.ValidateAsync(definition, ct);
        return TypedResults.Ok(errors.Select(e => Error(e, vertaling)).ToList());
    }

    /// <summary>The palette in the requested language (<c>?taal=nl|en</c>); names in the JSON are never translated.</summary>
    public static async Task<Ok<List<ActivityTypeResponse>>> ListActivityTypesAsync(WorkflowEngine engine, [AsParameters] Vertaling vertaling, CancellationToken ct)
    {
        var taal = vertaling.Code;
        var labels = vertaling.Labels;
        return TypedResults.Ok((await engine.Definitions.ListActivityTypesAsync(ct)).Select(d => new ActivityTypeResponse(
            d.TypeName, d.Category, labels.Naam(d, taal), labels.Omschrijving(d, taal),
            d.Inputs.Select(i =>
            {
                var label = labels.Invoer(d, i, taal);
                return new ActivityInputResponse(i.Name, i.TypeName, label.Description, label.Name, i.UIHint);
            }).ToList(),
            d.Outputs.Select(o => new ActivityOutputResponse(o.Name, o.TypeName, o.Description)).ToList(),
            d.Ports, d.WorkflowDefinitionId, d.IsContainer,
            labels.Categorie(d.Category, taal), labels.Uitgangen(d, taal), taal)).ToList());
    }

    public static async Task<Ok<List<InstanceSummary>>> ListInstancesAsync(
        string? definitionId, string? correlationId, WorkflowStatus? status, int? skip, int? take, WorkflowEngine engine, CancellationToken ct)
    {
        var filter = new InstanceFilter { DefinitionId = definitionId, CorrelationId = correlationId, Status = status, Skip = skip ?? 0, Take = Math.Clamp(take ?? 100, 1, 500) };
        return TypedResults.Ok((await engine.Runtime.ListAsync(filter, ct)).Select(Summary).ToList());
    }

    public static async Task<Results<Ok<InstanceDetail>, NotFound>> GetInstanceAsync(string instanceId, WorkflowEngine engine, CancellationToken ct)
    {
        var instance = await engine.Runtime.GetAsync(instanceId, ct);
        return instance is null ? TypedResults.NotFound() : TypedResults.Ok(Detail(instance));
    }

    public static async Task<Results<Created<InstanceDetail>, ProblemHttpResult>> StartAsync(StartRequest request, WorkflowEngine engine, CancellationToken ct)
    {
        string? versionId = null;
        if (request.Version is { } version)
        {
            versionId = (await engine.Definitions.GetAsync(request.DefinitionId, version, ct))?.Id;
            if (versionId is null)
            {
                return TypedResults.Problem($"Versie {version} van '{request.DefinitionId}' bestaat niet.", statusCode: StatusCodes.Status404NotFound);
            }
        }

        try
        {
            var result = await engine.Runtime.StartAsync(new StartWorkflowRequest
            {
                DefinitionId = request.DefinitionId, DefinitionVersionId = versionId, Input = request.Input, CorrelationId = request.CorrelationId,
            }, ct);
            return TypedResults.Created($"/api/workflows/instances/{result.Instance.Id}", Detail(result.Instance));
        }
        catch (WorkflowNotFoundException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (WorkflowDefinitionInvalidException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    public static async Task<Results<Ok<InstanceSummary>, NotFound, ProblemHttpResult>> CancelAsync(string instanceId, WorkflowEngine engine, CancellationToken ct)
    {
        try
        {
            return TypedResults.Ok(Summary((await engine.Runtime.CancelAsync(instanceId, ct)).Instance));
        }
        catch (WorkflowNotFoundException)
        {
            return TypedResults.NotFound();
        }
        catch (WorkflowConcurrencyException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    public static async Task<Ok<List<InstanceSummary>>> TriggerEventAsync(string eventName, EventRequest request, WorkflowEngine engine, CancellationToken ct) =>
        TypedResults.Ok((await engine.Runtime.TriggerEventAsync(eventName, request.CorrelationId, request.Payload, cancellationToken: ct)).Select(r => Summary(r.Instance)).ToList());

    public static async Task<Results<Ok<InstanceSummary>, NotFound, ProblemHttpResult>> CompleteTaskAsync(string taskId, TaskCompletion completion, WorkflowEngine engine, CancellationToken ct)
    {
        try
        {
            var result = await engine.Runtime.CompleteTaskAsync(taskId, completion.Result, ct);
            return result is null ? TypedResults.NotFound() : TypedResults.Ok(Summary(result.Instance));
        }
        catch (WorkflowConcurrencyException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct);
    }

    private static DefinitionSummary Summary(WorkflowDefinition d) => new(d.Id, d.DefinitionId, d.Name, d.Version, d.IsPublished, d.IsLatest, d.UsableAsActivity);

    private static InstanceSummary Summary(WorkflowInstance i) =>
        new(i.Id, i.DefinitionId, i.Version, i.Name, i.CorrelationId, i.Status.ToString(), i.SubStatus.ToString(), i.CreatedAt, i.UpdatedAt, i.FinishedAt);

    private static InstanceDetail Detail(WorkflowInstance i) => new(
        Summary(i), i.DefinitionVersionId, i.Input, i.Output, i.Variables,
        i.Bookmarks.Select(b => new BookmarkResponse(b.Id, b.Name, b.Key, b.CorrelationId, b.ActivityId, b.ActivityName, b.ActivityType, b.DueAt, b.CreatedAt)).ToList(),
        i.Journal.Select(j => new JournalResponse(j.Sequence, j.ActivityId, j.ActivityName, j.ActivityType, j.StartedAt, j.CompletedAt, j.Status.ToString(), j.Outcomes, j.Suspended, j.Message, j.Inputs, j.Http)).ToList(),
        i.Incidents.Select(n => new IncidentResponse(n.ActivityId, n.ActivityName, n.ActivityType, n.Message, n.At)).ToList());

    /// <summary>422 as RFC 9457 problem details; the located errors are its <c>errors</c> member (the designer lists them).</summary>
    private static ProblemHttpResult Invalid(IEnumerable<ValidationError> errors, Vertaling vertaling) => TypedResults.Problem(
        detail: vertaling.Code == WerkstroomLabels.Engels ? "The workflow has errors; see the list." : "De workflow bevat fouten; zie de lijst.",
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: vertaling.Code == WerkstroomLabels.Engels ? "Workflow not valid" : "Workflow niet geldig",
        extensions: new Dictionary<string, object?> { ["errors"] = errors.Select(e => Error(e, vertaling)).ToList() });

    /// <summary>A located error with its message in the requested language; <c>code</c> and the location stay as they are.</summary>
    private static ValidationErrorResponse Error(ValidationError e, Vertaling vertaling)
    {
        var vertaald = e with { Message = vertaling.Melding(e) };
        return new(e.Code, vertaald.Message, e.DefinitionId, e.ActivityId, e.ActivityName, e.Input, e.Line, e.Column, vertaald.ToString());
    }
}
