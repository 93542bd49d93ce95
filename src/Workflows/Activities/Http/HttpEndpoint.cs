using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Workflows.Http;

namespace Participatie.Workflows.Activities.Http;

/// <summary>
/// Starts a workflow when an HTTP request reaches its path under the Host's <c>/workflows/</c> (only as the start of a
/// published workflow, <c>canStartWorkflow</c>; path and method belong to one workflow, checked at publish).
/// </summary>
[Activity("Elsa", "HTTP", "Start the workflow when an HTTP request arrives at a path.")]
public sealed class HttpEndpoint : Activity
{
    [Input(Description = "The path under /workflows/, e.g. hello-world.")]
    public Input<string> Path { get; set; } = new();

    [Input(Description = "The HTTP methods it answers (default GET).")]
    public Input<string[]> SupportedMethods { get; set; } = new();

    [Input(Description = "Whether callers must be authorised (a staff role, or an API key configured by beheer).")]
    public Input<bool> Authorize { get; set; } = new();

    [Input(Description = "The staff role required when authorising (empty: any staff role or an API key).")]
    public Input<string> Policy { get; set; } = new();

    [Output(Description = "The request body, parsed as JSON when it is JSON, else the text.")]
    public Output<object> ParsedContent { get; set; } = new();

    [Output(Description = "The query string values.")]
    public Output<object> QueryStringData { get; set; } = new();

    [Output(Description = "The request headers (credentials masked).")]
    public Output<object> Headers { get; set; } = new();

    [Output(Description = "The request: method, path, query, headers, body.")]
    public Output<object> Result { get; set; } = new();

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (!context.TryConsumeTrigger(out var payload))
            throw new InvalidOperationException("HttpEndpoint only starts a workflow (mark it canStartWorkflow at the start of a published workflow); waiting for a request inside a running workflow is not supported.");
        var request = payload?.Deserialize<HttpWorkflowRequest>(JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("HttpEndpoint was started without a request.");
        var headers = HttpMasking.Headers(request.Headers);
        context.Set(ParsedContent, (object?)Parse(request));
        context.Set(QueryStringData, (object?)JsonSerializer.SerializeToNode(request.Query));
        context.Set(Headers, (object?)JsonSerializer.SerializeToNode(headers));
        context.Set(Result, (object?)new JsonObject
        {
            ["method"] = request.Method,
            ["path"] = request.Path,
            ["query"] = JsonSerializer.SerializeToNode(request.Query),
            ["headers"] = JsonSerializer.SerializeToNode(headers),
            ["body"] = request.Body,
        });
        var (body, cut) = HttpMasking.Body(request.Body, context.Options.HttpJournalBodyLimit);
        context.RecordHttp(new HttpExchangeRecord
        {
            Direction = "incoming",
            Caller = request.Caller,
            Method = request.Method,
            Url = request.Path + (request.Query.Count == 0 ? "" : "?" + string.Join("&", request.Query.Select(q => q.Key + "=" + (HttpMasking.IsSecret(q.Key) ? HttpMasking.Mask : q.Value)))),
            RequestHeaders = headers,
            RequestBody = body,
            RequestBodyTruncated = cut,
        });
        context.Complete();
        return ValueTask.CompletedTask;
    }

    private static JsonNode? Parse(HttpWorkflowRequest request)
    {
        if (request.Body.Length == 0) return null;
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                return JsonNode.Parse(request.Body);
            }
            catch (JsonException)
            {
                // Not JSON after all: the text itself.
            }
        }
        return JsonValue.Create(request.Body);
    }
}
