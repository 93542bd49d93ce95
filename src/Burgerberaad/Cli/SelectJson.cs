using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Participatie.Burgerberaad.Lottery;
using Participatie.Burgerberaad.Selection;

namespace Participatie.Burgerberaad.Cli;

/// <summary>
/// The one JSON line of <c>burgerberaad select</c>: <c>{"panel":[ids],"probabilities":{"id":p,…},"min_probability":p}</c>,
/// plus <c>"exact":false</c> when the time limit stopped the LEXIMIN computation (absent for the exact lottery, so
/// the line keeps the stratification app's shape).
/// </summary>
internal static class SelectJson
{
    /// <summary>Probabilities are printed rounded to this many decimals.</summary>
    public const int Decimals = 6;

    public static string Write(LeximinResult result, DrawnPanel drawn)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("panel");
            foreach (var id in drawn.Panel)
            {
                writer.WriteStringValue(id);
            }
            writer.WriteEndArray();
            writer.WriteStartObject("probabilities");
            foreach (var (id, p) in result.Probabilities)
            {
                writer.WriteNumber(id, Round(p));
            }
            writer.WriteEndObject();
            writer.WriteNumber("min_probability", Round(result.MinProbability));
            if (!result.IsExact)
            {
                writer.WriteBoolean("exact", false);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static double Round(double p) => Math.Round(Math.Clamp(p, 0, 1), Decimals) + 0.0;
}
