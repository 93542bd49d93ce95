using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Http;

namespace Participatie.Workflows.Activities.Http;

/// <summary>
/// Sends an HTTP request to a host on beheer's allow-list (<see cref="HttpSendPolicy"/>: no internal addresses
/// unless listed, a time-out, a response size limit). A refused or failed request faults the activity with the reason.
/// </summary>
[Activity("Elsa", "HTTP", "Send an HTTP request to an allowed host.")]
public sealed class SendHttpRequest : Activity
{
    [Input(Description = "The absolute URL.")]
    public Input<string> Url { get; set; } = new();

    [Input(Description = "The HTTP method (default GET).")]
    public Input<string> Method { get; set; } = new();

    [Input(Description = "The body: text as is, anything else as JSON.")]
    public Input<object> Content { get; set; } = new();

    [Input(Description = "The content type of the body.")]
    public Input<string> ContentType { get; set; } = new();

    [Input(Description = "The Authorization header value (masked in the journal).")]
    public Input<string> Authorization { get; set; } = new();

    [Input(Description = "Extra request headers.")]
    public Input<object> RequestHeaders { get; set; } = new();

    [Output(Description = "The response status code.")]
    public Output<int> StatusCode { get; set; } = new();

    [Output(Description = "The response body, parsed as JSON when it is JSON, else the text.")]
    public Output<object> ParsedContent { get; set; } = new();

    [Output(Description = "The response headers.")]
    public Output<object> ResponseHeaders { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var url = await context.GetAsync(Url) ?? "";
        var method = await context.GetAsync(Method) is { Length: > 0 } m ? m.Trim().ToUpperInvariant() : "GET";
        var content = await context.GetAsync(Content) as JsonNode;
        var contentType = await context.GetAsync(ContentType);
        var authorization = await context.GetAsync(Authorization);
        var headers = ReadHeaders(await context.GetAsync(RequestHeaders) as JsonNode);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) throw new FormatException($"'{url}' is not an absolute URL.");

        using var request = new HttpRequestMessage(new HttpMethod(method), uri);
        var body = content is null ? null : content is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : content.ToJsonString();
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType is { Length: > 0 } ? contentType : content is JsonValue ? "text/plain" : "application/json"));
        if (!string.IsNullOrEmpty(authorization)) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);

        var sentHeaders = request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var limit = context.Options.HttpJournalBodyLimit;
        var (requestBody, requestCut) = HttpMasking.Body(body, limit);
        var record = new HttpExchangeRecord
        {
            Direction = "outgoing",
            Method = method,
            Url = uri.GetLeftPart(UriPartial.Path),
            RequestHeaders = HttpMasking.Headers(sentHeaders),
            RequestBody = requestBody,
            RequestBodyTruncated = requestCut,
        };
        var sender = context.Services.GetService(typeof(IWorkflowHttpSender)) as IWorkflowHttpSender ?? context.HttpSender;
        HttpSendResult result;
        try
        {
            result = await sender.SendAsync(request, context.CancellationToken);
        }
        catch (Exception ex) when (ex is HttpSendRefusedException or HttpRequestException)
        {
            context.RecordHttp(record with { Error = ex.Message });
            throw new HttpSendRefusedException($"SendHttpRequest to {uri.GetLeftPart(UriPartial.Authority)} failed: {ex.Message}", ex);
        }
        var (responseBody, responseCut) = HttpMasking.Body(result.Body, limit);
        context.RecordHttp(record with
        {
            StatusCode = result.StatusCode,
            ResponseHeaders = HttpMasking.Headers(result.Headers),
            ResponseBody = responseBody,
            ResponseBodyTruncated = responseCut,
        });
        context.Set(StatusCode, result.StatusCode);
        context.Set(ParsedContent, (object?)Parse(result));
        context.Set(ResponseHeaders, (object?)JsonSerializer.SerializeToNode(HttpMasking.Headers(result.Headers)));
        context.Complete();
    }

    private static JsonNode? Parse(HttpSendResult result)
    {
        if (result.Body.Length == 0) return null;
        if (result.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                return JsonNode.Parse(result.Body);
            }
            catch (JsonException)
            {
                // Not JSON after all: the text itself.
            }
        }
        return JsonValue.Create(result.Body);
    }

    private static Dictionary<string, string> ReadHeaders(JsonNode? node)
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
