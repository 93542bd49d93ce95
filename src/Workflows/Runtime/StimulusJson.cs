using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participatie.Workflows.Runtime;

/// <summary>How typed stimuli are stored in bookmark payloads (camelCase; name and key are not repeated).</summary>
internal static class StimulusJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
