using System.Text.Json;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Tooling;

/// <summary>Reads a settings file whose keys are the ReSettings names.</summary>
internal static class SettingsReader
{
    public static RuleSettings Read(string path, List<string> errors)
    {
        var settings = new RuleSettings();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            errors.Add($"{path}: instellingen kunnen niet gelezen worden: {ex.Message}");
            return settings;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{path}: het instellingenbestand moet een JSON-object zijn.");
                return settings;
            }
            foreach (var property in document.RootElement.EnumerateObject())
            {
                bool Bool()
                {
                    if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        return property.Value.GetBoolean();
                    }
                    errors.Add($"{path}: '{property.Name}' moet true of false zijn.");
                    return false;
                }
                switch (property.Name.ToLowerInvariant())
                {
                    case "enableexceptionaserrormessage": settings = settings with { EnableExceptionAsErrorMessage = Bool() }; break;
                    case "ignoreexception": settings = settings with { IgnoreException = Bool() }; break;
                    case "enableformattederrormessage": settings = settings with { EnableFormattedErrorMessage = Bool() }; break;
                    case "enablescopedparams": settings = settings with { EnableScopedParams = Bool() }; break;
                    case "isexpressioncasesensitive": settings = settings with { IsExpressionCaseSensitive = Bool() }; break;
                    case "autoregisterinputtype": settings = settings with { AutoRegisterInputType = Bool() }; break;
                    case "autoexecuteactions": settings = settings with { AutoExecuteActions = Bool() }; break;
                    case "enableparallelrulecompilation": settings = settings with { EnableParallelRuleCompilation = Bool() }; break;
                    case "usefastexpressioncompiler": settings = settings with { UseFastExpressionCompiler = Bool() }; break;
                    case "nestedruleexecutionmode":
                        var mode = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : property.Value.GetString();
                        if (mode is "All" or "0")
                        {
                            settings = settings with { NestedRuleExecutionMode = NestedRuleExecutionMode.All };
                        }
                        else if (mode is "Performance" or "1")
                        {
                            settings = settings with { NestedRuleExecutionMode = NestedRuleExecutionMode.Performance };
                        }
                        else
                        {
                            errors.Add($"{path}: NestedRuleExecutionMode moet 'All' of 'Performance' zijn.");
                        }
                        break;
                    case "customtypes":
                    case "customactions":
                        if (property.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Array) || property.Value.GetArrayLength() > 0)
                        {
                            errors.Add($"{path}: '{property.Name}' kan alleen in code ingesteld worden, niet in een bestand.");
                        }
                        break;
                    default:
                        errors.Add($"{path}: onbekende instelling '{property.Name}'.");
                        break;
                }
            }
        }
        return settings;
    }
}
