using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Http;

namespace Participatie.Workflows.Activities.Http;

/// <summary>Answers the HTTP request that started this workflow (the Host writes it out after the burst is saved).</summary>
[Activity("Elsa", "HTTP", "Write the response to the HTTP request that started the workflow.")]
public sealed class WriteHttpResponse : Activity
{
    [Input(Description = "The status code (a number or a name such as OK, NotFound).")]
    public Input<string> StatusCode { get; set; } = new();

    [Input(Description = "The response body: text as is, anything else as JSON.")]
    public Input<object> Content { get; set; } = new();

    [Input(Description = "The content type (default: text/plain for text, application/json otherwise).")]
    public Input<string> ContentType { get; set; } = new();

    [Input(Description = "Extra response headers.")]
    public Input<object> ResponseHeaders { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var status = ParseStatus(await context.GetAsync(StatusCode));
        var content = await context.GetAsync(Content) as JsonNode;
        var isText = content is JsonValue v && v.GetValueKind() == JsonValueKind.String;
        var body = content is null ? "" : isText ? ((JsonValue)content).GetValue<string>() : content.ToJsonString();
        var contentType = await context.GetAsync(ContentType) is { Length: > 0 } given ? given : isText || content is null ? "text/plain; charset=utf-8" : "application/json";
        var headers = Headers(await context.GetAsync(ResponseHeaders) as JsonNode);
        var response = new HttpWorkflowResponse(status, contentType, body, headers);
        if (context.HttpResponse is { } slot && slot.Response is null) slot.Response = response;
        var (journalBody, cut) = HttpMasking.Body(body, context.Options.HttpJournalBodyLimit);
        context.RecordHttp(new HttpExchangeRecord
        {
            Direction = "incoming",
            StatusCode = status,
            ResponseHeaders = HttpMasking.Headers(headers),
            ResponseBody = journalBody,
            ResponseBodyTruncated = cut,
            Error = context.HttpResponse is null ? "no HTTP request is waiting for this workflow (it was not started by one, or the burst that served it has ended)" : null,
        });
        context.Complete();
    }

    private static int ParseStatus(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 200;
        if (int.TryParse(text, out var number) && number is >= 100 and <= 599) return number;
        if (Enum.TryParse<HttpStatusCode>(text.Trim(), ignoreCase: true, out var named)) return (int)named;
        throw new FormatException($"'{text}' is not an HTTP status code.");
    }

    private static Dictionary<string, string> Headers(JsonNode? node)
    {
        if (node is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            try
            {
                node = JsonNode.Parse(text.GetValue<string>());
            }
            catch (JsonException)
            {
                return [];
            }
        }
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (node is JsonObject headers)
            foreach (var (name, value) in headers)
                result[name] = value is JsonArray values ? string.Join(", ", values.Select(ValueConverter.ToText)) : ValueConverter.ToText(value);
        return result;
    }
}
