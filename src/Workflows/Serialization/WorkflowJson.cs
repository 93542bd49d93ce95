using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Workflows.Model;
using Participatie.Workflows.Validation;

namespace Participatie.Workflows.Serialization;

/// <summary>
/// Reads and writes Elsa 3 workflow definition JSON. Reading tolerates <c>$schema</c>, a UTF-8 BOM, PascalCase
/// field names, unknown fields and the legacy flat connection form; writing produces one canonical form, so
/// <c>Write(Read(Write(Read(x))))</c> equals <c>Write(Read(x))</c>.
/// </summary>
public static class WorkflowJson
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly HashSet<string> KnownTopLevel =
    [
        "id", "definitionId", "name", "description", "version", "isPublished", "isLatest", "variables", "inputs",
        "outputs", "outcomes", "options", "root", "usableAsActivity",
    ];

    /// <summary>Parses a definition. Returns null with errors when the text is not a workflow definition.</summary>
    public static WorkflowDefinition? Read(string json, out IReadOnlyList<ValidationError> errors)
    {
        var list = new List<ValidationError>();
        errors = list;
        if (json.Length > 0 && json[0] == '\uFEFF') json = json[1..];
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            list.Add(new ValidationError(ValidationCodes.InvalidJson, ex.Message.Split(" Path:")[0],
                Line: (int?)(ex.LineNumber + 1), Column: (int?)(ex.BytePositionInLine + 1))
                { Arguments = new Dictionary<string, string> { ["detail"] = ex.Message.Split(" Path:")[0] } });
            return null;
        }
        if (node is not JsonObject obj)
        {
            list.Add(new ValidationError(ValidationCodes.InvalidJson, "The document is not a JSON object.") { MessageKey = ValidationMessageKeys.NotAnObject });
            return null;
        }
        obj = CamelKeys(obj);
        var def = new WorkflowDefinition
        {
            Id = Str(obj, "id") ?? "",
            DefinitionId = Str(obj, "definitionId") ?? "",
            Name = Str(obj, "name"),
            Description = Str(obj, "description"),
            Version = Int(obj, "version") ?? 1,
            IsPublished = Bool(obj, "isPublished") ?? false,
            IsLatest = Bool(obj, "isLatest") ?? true,
        };
        if (def.DefinitionId.Length == 0) def.DefinitionId = def.Id.Length > 0 ? def.Id : NewId();
        if (def.Id.Length == 0) def.Id = NewId();
        if (obj["variables"] is JsonArray vars)
            foreach (var v in vars.OfType<JsonObject>().Select(CamelKeys))
                def.Variables.Add(ReadVariable(v));
        if (obj["inputs"] is JsonArray inputs)
            foreach (var p in inputs.OfType<JsonObject>().Select(CamelKeys))
                def.Inputs.Add(ReadParameter(p));
        if (obj["outputs"] is JsonArray outputs)
            foreach (var p in outputs.OfType<JsonObject>().Select(CamelKeys))
                def.Outputs.Add(ReadParameter(p));
        if (obj["outcomes"] is JsonArray outcomes)
            def.Outcomes.AddRange(outcomes.Select(o => o?.GetValueKind() == JsonValueKind.String ? o.GetValue<string>() : o?.ToJsonString() ?? ""));
        if (obj["options"] is JsonObject options)
        {
            def.Options = CamelKeys(options);
            def.UsableAsActivity = Bool(def.Options, "usableAsActivity") ?? false;
            def.ActivityCategory = Str(def.Options, "activityCategory");
        }
        if (Bool(obj, "usableAsActivity") == true) def.UsableAsActivity = true;
        foreach (var (key, value) in obj)
            if (!KnownTopLevel.Contains(key))
                def.Extra[key] = value?.DeepClone();
        if (obj["root"] is JsonObject root)
        {
            var counter = 0;
            def.Root = ReadActivity(CamelKeys(root), ref counter);
        }
        else
        {
            list.Add(new ValidationError(ValidationCodes.MissingRoot, "The definition has no root activity.", def.DefinitionId));
        }
        return def;
    }

    /// <summary>Writes a definition in canonical Elsa 3 form.</summary>
    public static string Write(WorkflowDefinition def) => ToJsonObject(def).ToJsonString(WriteOptions);

    /// <summary>The canonical JSON object of a definition.</summary>
    public static JsonObject ToJsonObject(WorkflowDefinition def)
    {
        var obj = new JsonObject
        {
            ["id"] = def.Id,
            ["definitionId"] = def.DefinitionId,
            ["name"] = def.Name,
        };
        if (def.Description is not null) obj["description"] = def.Description;
        obj["version"] = def.Version;
        obj["isPublished"] = def.IsPublished;
        obj["isLatest"] = def.IsLatest;
        obj["variables"] = new JsonArray(def.Variables.Select(WriteVariable).ToArray<JsonNode?>());
        obj["inputs"] = new JsonArray(def.Inputs.Select(WriteParameter).ToArray<JsonNode?>());
        obj["outputs"] = new JsonArray(def.Outputs.Select(WriteParameter).ToArray<JsonNode?>());
        obj["outcomes"] = new JsonArray(def.Outcomes.Select(o => (JsonNode?)JsonValue.Create(o)).ToArray());
        var options = (JsonObject)def.Options.DeepClone();
        options["usableAsActivity"] = def.UsableAsActivity;
        if (def.ActivityCategory is not null) options["activityCategory"] = def.ActivityCategory;
        obj["options"] = options;
        foreach (var (key, value) in def.Extra) obj[key] = value?.DeepClone();
        if (def.Root is not null) obj["root"] = WriteActivity(def.Root);
        return obj;
    }

    private static VariableDefinition ReadVariable(JsonObject v)
    {
        var result = new VariableDefinition
        {
            Id = Str(v, "id") ?? Str(v, "name") ?? "",
            Name = Str(v, "name") ?? Str(v, "id") ?? "",
            TypeName = Str(v, "typeName") ?? "Object",
            IsArray = Bool(v, "isArray") ?? false,
            Value = v["value"]?.DeepClone(),
        };
        foreach (var (key, value) in v)
            if (key is not ("id" or "name" or "typeName" or "isArray" or "value"))
                result.Extra[key] = value?.DeepClone();
        return result;
    }

    private static JsonObject WriteVariable(VariableDefinition v)
    {
        var obj = new JsonObject { ["id"] = v.Id, ["name"] = v.Name, ["typeName"] = v.TypeName, ["isArray"] = v.IsArray, ["value"] = v.Value?.DeepClone() };
        foreach (var (key, value) in v.Extra) obj[key] = value?.DeepClone();
        return obj;
    }

    private static ParameterDefinition ReadParameter(JsonObject p)
    {
        var result = new ParameterDefinition
        {
            Name = Str(p, "name") ?? "",
            Type = Str(p, "type") ?? Str(p, "typeName") ?? "Object",
            DisplayName = Str(p, "displayName"),
            Description = Str(p, "description"),
            IsArray = Bool(p, "isArray") ?? false,
        };
        foreach (var (key, value) in p)
            if (key is not ("name" or "type" or "typeName" or "displayName" or "description" or "isArray"))
                result.Extra[key] = value?.DeepClone();
        return result;
    }

    private static JsonObject WriteParameter(ParameterDefinition p)
    {
        var obj = new JsonObject { ["type"] = p.Type, ["name"] = p.Name };
        if (p.DisplayName is not null) obj["displayName"] = p.DisplayName;
        if (p.Description is not null) obj["description"] = p.Description;
        obj["isArray"] = p.IsArray;
        foreach (var (key, value) in p.Extra) obj[key] = value?.DeepClone();
        return obj;
    }

    private static ActivityNode ReadActivity(JsonObject a, ref int counter)
    {
        counter++;
        var type = Str(a, "type") ?? "";
        var node = new ActivityNode
        {
            Type = type,
            Name = Str(a, "name"),
            Version = Int(a, "version") ?? 1,
        };
        node.Id = Str(a, "id") ?? node.Name ?? $"{ShortType(type)}{counter}";
        foreach (var (key, value) in a)
        {
            switch (key)
            {
                case "id" or "name" or "type" or "version":
                    continue;
                case "activities" when value is JsonArray children:
                    node.Activities = [];
                    foreach (var child in children.OfType<JsonObject>())
                        node.Activities.Add(ReadActivity(CamelKeys(child), ref counter));
                    continue;
                case "connections" when value is JsonArray connections:
                    node.Connections = [];
                    foreach (var c in connections.OfType<JsonObject>())
                        node.Connections.Add(ReadConnection(CamelKeys(c)));
                    continue;
                case "start" when value is JsonValue sv && sv.GetValueKind() == JsonValueKind.String:
                    node.Start = sv.GetValue<string>();
                    continue;
            }
            if (value is JsonObject o && IsActivityObject(o))
            {
                node.Slots[key] = ReadActivity(CamelKeys(o), ref counter);
                continue;
            }
            node.Properties[key] = value is JsonObject input && IsInputObject(input) ? NormalizeInput(input) : value?.DeepClone();
        }
        return node;
    }

    private static bool IsActivityObject(JsonObject o) =>
        o["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String && o["expression"] is null && o["typeName"] is null
        && (o.ContainsKey("id") || o.ContainsKey("activities") || o.ContainsKey("Id") || o.ContainsKey("Activities"));

    private static bool IsInputObject(JsonObject o) =>
        o.Any(kv => kv.Key is "typeName" or "TypeName" or "expression" or "Expression" or "memoryReference" or "MemoryReference");

    private static JsonObject NormalizeInput(JsonObject input)
    {
        var result = CamelKeys((JsonObject)input.DeepClone());
        if (result["expression"] is JsonObject e && CamelKeys(e) is var ce && ce != e) result["expression"] = ce;
        if (result["memoryReference"] is JsonObject m && CamelKeys(m) is var cm && cm != m) result["memoryReference"] = cm;
        return result;
    }

    private static Connection ReadConnection(JsonObject c)
    {
        var connection = new Connection();
        if (c["source"] is JsonObject source)
        {
            source = CamelKeys(source);
            connection.SourceId = Str(source, "activity") ?? "";
            connection.SourcePort = Str(source, "port") ?? "Done";
        }
        else
        {
            connection.SourceId = Str(c, "source") ?? "";
            connection.SourcePort = Str(c, "sourcePort") ?? "Done";
        }
        if (c["target"] is JsonObject target)
        {
            target = CamelKeys(target);
            connection.TargetId = Str(target, "activity") ?? "";
            connection.TargetPort = Str(target, "port") ?? "In";
        }
        else
        {
            connection.TargetId = Str(c, "target") ?? "";
            connection.TargetPort = Str(c, "targetPort") ?? "In";
        }
        connection.Vertices = c["vertices"]?.DeepClone() as JsonArray;
        foreach (var (key, value) in c)
            if (key is not ("source" or "target" or "sourcePort" or "targetPort" or "vertices"))
                connection.Extra[key] = value?.DeepClone();
        return connection;
    }

    private static JsonObject WriteActivity(ActivityNode node)
    {
        var obj = new JsonObject { ["id"] = node.Id, ["name"] = node.Name, ["type"] = node.Type, ["version"] = node.Version };
        if (node.Start is not null) obj["start"] = node.Start;
        foreach (var (key, value) in node.Properties) obj[key] = value?.DeepClone();
        foreach (var (key, slot) in node.Slots) obj[key] = WriteActivity(slot);
        if (node.Activities is not null)
            obj["activities"] = new JsonArray(node.Activities.Select(a => (JsonNode?)WriteActivity(a)).ToArray());
        if (node.Connections is not null)
            obj["connections"] = new JsonArray(node.Connections.Select(c => (JsonNode?)WriteConnection(c)).ToArray());
        return obj;
    }

    private static JsonObject WriteConnection(Connection c)
    {
        var obj = new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = c.SourceId, ["port"] = c.SourcePort },
            ["target"] = new JsonObject { ["activity"] = c.TargetId, ["port"] = c.TargetPort },
        };
        if (c.Vertices is not null) obj["vertices"] = c.Vertices.DeepClone();
        foreach (var (key, value) in c.Extra) obj[key] = value?.DeepClone();
        return obj;
    }

    /// <summary>Copies an object with the first letter of each key lower-cased (PascalCase tolerance). Values are not touched.</summary>
    internal static JsonObject CamelKeys(JsonObject source)
    {
        if (source.All(kv => kv.Key.Length == 0 || !char.IsUpper(kv.Key[0]))) return source;
        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            var camel = ActivityTypeNames.Camel(key);
            if (!result.ContainsKey(camel)) result[camel] = value?.DeepClone();
        }
        return result;
    }

    private static string ShortType(string type) => type.Contains('.') ? type[(type.LastIndexOf('.') + 1)..] : type;

    internal static string NewId() => Guid.NewGuid().ToString("N")[..16];

    private static string? Str(JsonObject o, string key) =>
        o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static int? Int(JsonObject o, string key) =>
        o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) ? i : null;

    private static bool? Bool(JsonObject o, string key) =>
        o[key] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    /// <summary>UTF-8 bytes without BOM for writing files.</summary>
    public static byte[] ToUtf8(WorkflowDefinition def) => new UTF8Encoding(false).GetBytes(Write(def));
}
