using System.Text.Json;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Tooling;

/// <summary>Writes result trees as the JSON array <c>rules run</c> prints.</summary>
internal static class ResultJsonWriter
{
    public static string Write(IReadOnlyList<RuleResultTree> results)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteArray(writer, results);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteArray(Utf8JsonWriter writer, IReadOnlyList<RuleResultTree> results)
    {
        writer.WriteStartArray();
        foreach (var result in results)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleName", result.Rule.RuleName);
            writer.WriteBoolean("isSuccess", result.IsSuccess);
            writer.WriteString("exceptionMessage", result.ExceptionMessage);
            if (result.IsSuccess && result.Rule.SuccessEvent is { } successEvent)
            {
                writer.WriteString("successEvent", successEvent);
            }
            else
            {
                writer.WriteNull("successEvent");
            }
            writer.WritePropertyName("actionOutput");
            DataValues.WriteJson(writer, result.ActionResult?.Output);
            if (result.ActionResult?.Exception is { } exception)
            {
                writer.WriteString("actionException", exception.Message);
            }
            else
            {
                writer.WriteNull("actionException");
            }
            writer.WritePropertyName("childResults");
            if (result.ChildResults is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteArray(writer, result.ChildResults);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
