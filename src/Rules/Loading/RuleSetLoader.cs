using System.Text;
using System.Text.Json;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Model;
using Participatie.Rules.Text;

namespace Participatie.Rules.Loading;

/// <summary>
/// Reads RulesEngine JSON (one workflow or an array of them; property names case-insensitive; a
/// UTF-8 BOM is fine) into <see cref="Workflow"/>s, reporting every problem with file, line and column.
/// </summary>
public static class RuleSetLoader
{
    private static readonly HashSet<string> WorkflowKeys = new(StringComparer.OrdinalIgnoreCase) { "WorkflowName", "WorkflowsToInject", "GlobalParams", "Rules", "RuleExpressionType", "$schema", "Description" };

    private static readonly HashSet<string> RuleKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "RuleName", "Operator", "ErrorMessage", "ErrorType", "SuccessEvent", "Enabled", "RuleExpressionType", "Expression", "Rules",
        "LocalParams", "Actions", "Properties", "WorkflowsToInject", "Description",
    };

    /// <summary>Reads a file. A missing or unreadable file is reported as a diagnostic, not thrown.</summary>
    public static RuleSetDocument LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var diagnostic = new Diagnostic("RE1000", DiagnosticSeverity.Error, default, $"Het bestand kan niet gelezen worden: {ex.Message}")
            {
                Location = new DiagnosticLocation(File: path),
            };
            return new RuleSetDocument(path, [], [diagnostic]);
        }
        return Parse(bytes, path);
    }

    /// <summary>Reads JSON text.</summary>
    public static RuleSetDocument Parse(string json, string? file = null) => Parse(Encoding.UTF8.GetBytes(json), file);

    /// <summary>Reads UTF-8 JSON bytes (with or without BOM).</summary>
    public static RuleSetDocument Parse(byte[] utf8, string? file = null)
    {
        var offset = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        var span = utf8.AsSpan(offset);
        var reader = new Reader(file, span.ToArray());
        return reader.Run();
    }

    private sealed class Reader(string? file, byte[] bytes)
    {
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly int[] _lineStarts = ComputeLineStarts(bytes);

        private static int[] ComputeLineStarts(byte[] data)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < data.Length; i++)
            {
                if (data[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }
            return starts.ToArray();
        }

        private SourcePosition Position(int offset)
        {
            var index = Array.BinarySearch(_lineStarts, offset);
            if (index < 0)
            {
                index = ~index - 1;
            }
            // count characters, not bytes, on the line
            var column = Encoding.UTF8.GetCharCount(bytes, _lineStarts[index], Math.Max(0, offset - _lineStarts[index])) + 1;
            return new SourcePosition(index + 1, column);
        }

        private void Report(string code, DiagnosticSeverity severity, int offset, string message, string? workflow = null, string? rule = null, string? field = null)
        {
            var position = Position(offset);
            _diagnostics.Add(new Diagnostic(code, severity, new TextSpan(offset, 0), message)
            {
                Location = new DiagnosticLocation(file, position.Line, position.Column, workflow, rule, field),
            });
        }

        public RuleSetDocument Run()
        {
            var root = JsonTreeReader.Read(bytes, out var error);
            if (root is null)
            {
                var (line, column, message) = error!.Value;
                _diagnostics.Add(new Diagnostic("RE1001", DiagnosticSeverity.Error, default, $"Het bestand is geen geldige JSON: {message}")
                {
                    Location = new DiagnosticLocation(file, line > 0 ? (int)line : null, column > 0 ? (int)column : null),
                });
                return new RuleSetDocument(file, [], _diagnostics);
            }
            var workflows = new List<Workflow>();
            switch (root)
            {
                case JsonObjectNode single:
                    workflows.Add(ReadWorkflow(single));
                    break;
                case JsonArrayNode array:
                    foreach (var item in array.Items)
                    {
                        if (item is JsonObjectNode o)
                        {
                            workflows.Add(ReadWorkflow(o));
                        }
                        else
                        {
                            Report("RE1002", DiagnosticSeverity.Error, item.Offset, $"Elk element van de lijst moet een workflow-object zijn, maar dit is {JsonTreeReader.Describe(item)}.");
                        }
                    }
                    break;
                default:
                    Report("RE1002", DiagnosticSeverity.Error, root.Offset, "Het bestand moet één workflow-object of een lijst van workflows bevatten.");
                    break;
            }
            return new RuleSetDocument(file, workflows, _diagnostics);
        }

        private string? ReadString(JsonObjectNode node, string key, string? workflow, string? rule)
        {
            var property = node.Find(key);
            if (property is null)
            {
                return null;
            }
            switch (property.Value)
            {
                case JsonValueNode { Kind: JsonValueKind.String } s:
                    return (string?)s.Value;
                case JsonValueNode { Kind: JsonValueKind.Null }:
                    return null;
                case JsonValueNode { Kind: JsonValueKind.Number } n when key is "RuleExpressionType" or "Operator" or "ErrorType":
                    return Convert.ToString(n.Value, System.Globalization.CultureInfo.InvariantCulture);
                default:
                    Report("RE1003", DiagnosticSeverity.Error, property.Value.Offset, $"Het veld '{property.Name}' moet tekst zijn, maar is {JsonTreeReader.Describe(property.Value)}.", workflow, rule, property.Name);
                    return null;
            }
        }

        private IReadOnlyList<JsonNodeWithPosition>? ReadArray(JsonObjectNode node, string key, string? workflow, string? rule)
        {
            var property = node.Find(key);
            switch (property?.Value)
            {
                case null:
                case JsonValueNode { Kind: JsonValueKind.Null }:
                    return null;
                case JsonArrayNode array:
                    return array.Items;
                default:
                    Report("RE1003", DiagnosticSeverity.Error, property.Value.Offset, $"Het veld '{property.Name}' moet een lijst '[…]' zijn, maar is {JsonTreeReader.Describe(property.Value)}.", workflow, rule, property.Name);
                    return null;
            }
        }

        private void WarnUnknown(JsonObjectNode node, HashSet<string> known, string? workflow, string? rule)
        {
            foreach (var property in node.Properties)
            {
                if (!known.Contains(property.Name))
                {
                    Report("RE1004", DiagnosticSeverity.Warning, property.Offset, $"Het veld '{property.Name}' is onbekend en wordt genegeerd. Controleer de spelling.", workflow, rule, property.Name);
                }
            }
        }

        private Workflow ReadWorkflow(JsonObjectNode node)
        {
            var name = ReadString(node, "WorkflowName", null, null) ?? string.Empty;
            WarnUnknown(node, WorkflowKeys, name, null);
            var injects = ReadArray(node, "WorkflowsToInject", name, null)?
                .Select(i => i is JsonValueNode { Kind: JsonValueKind.String } s ? (string)s.Value! : null)
                .Where(s => s is not null).Select(s => s!).ToList();
            var globals = ReadParams(node, "GlobalParams", name, null);
            var rules = ReadArray(node, "Rules", name, null)?.Select(r => ReadRule(r, name)).Where(r => r is not null).Select(r => r!).ToList();
            return new Workflow
            {
                WorkflowName = name,
                WorkflowsToInject = injects,
                GlobalParams = globals,
                Rules = rules ?? [],
                SourceFile = file,
                Position = Position(node.Offset),
            };
        }

        private List<ScopedParam>? ReadParams(JsonObjectNode node, string key, string workflow, string? rule)
        {
            var items = ReadArray(node, key, workflow, rule);
            if (items is null)
            {
                return null;
            }
            var result = new List<ScopedParam>();
            foreach (var item in items)
            {
                if (item is not JsonObjectNode o)
                {
                    Report("RE1003", DiagnosticSeverity.Error, item.Offset, $"Elk element van '{key}' moet een object met Name en Expression zijn.", workflow, rule, key);
                    continue;
                }
                var expression = o.Find("Expression");
                result.Add(new ScopedParam
                {
                    Name = ReadString(o, "Name", workflow, rule) ?? string.Empty,
                    Expression = ReadString(o, "Expression", workflow, rule) ?? string.Empty,
                    ExpressionPosition = expression is null ? Position(o.Offset) : Position(expression.Value.Offset),
                });
            }
            return result;
        }

        private Rule? ReadRule(JsonNodeWithPosition item, string workflow)
        {
            if (item is not JsonObjectNode node)
            {
                Report("RE1003", DiagnosticSeverity.Error, item.Offset, $"Elke regel moet een object zijn, maar dit is {JsonTreeReader.Describe(item)}.", workflow);
                return null;
            }
            var name = ReadString(node, "RuleName", workflow, null) ?? string.Empty;
            WarnUnknown(node, RuleKeys, workflow, name);
            var enabled = true;
            if (node.Find("Enabled") is { } enabledProperty)
            {
                switch (enabledProperty.Value)
                {
                    case JsonValueNode { Kind: JsonValueKind.True }:
                        break;
                    case JsonValueNode { Kind: JsonValueKind.False }:
                        enabled = false;
                        break;
                    case JsonValueNode { Kind: JsonValueKind.Null }:
                        break;
                    default:
                        Report("RE1003", DiagnosticSeverity.Error, enabledProperty.Value.Offset, "Het veld 'Enabled' moet true of false zijn.", workflow, name, "Enabled");
                        break;
                }
            }
            var expressionProperty = node.Find("Expression");
            var children = ReadArray(node, "Rules", workflow, name)?.Select(r => ReadRule(r, workflow)).Where(r => r is not null).Select(r => r!).ToList();
            IReadOnlyDictionary<string, object?>? properties = null;
            if (node.Find("Properties") is { Value: JsonObjectNode propertiesNode })
            {
                properties = JsonTreeReader.ToPlain(propertiesNode) as IReadOnlyDictionary<string, object?>;
            }
            return new Rule
            {
                RuleName = name,
                Operator = ReadString(node, "Operator", workflow, name),
                ErrorMessage = ReadString(node, "ErrorMessage", workflow, name),
                SuccessEvent = ReadString(node, "SuccessEvent", workflow, name),
                Enabled = enabled,
                RuleExpressionType = ReadString(node, "RuleExpressionType", workflow, name),
                Expression = ReadString(node, "Expression", workflow, name),
                Rules = children,
                LocalParams = ReadParams(node, "LocalParams", workflow, name),
                Actions = ReadActions(node, workflow, name),
                Properties = properties,
                Position = Position(node.Offset),
                ExpressionPosition = expressionProperty is null ? null : Position(expressionProperty.Value.Offset),
            };
        }

        private RuleActions? ReadActions(JsonObjectNode node, string workflow, string rule)
        {
            var property = node.Find("Actions");
            if (property?.Value is not JsonObjectNode actions)
            {
                if (property?.Value is not null and not JsonValueNode { Kind: JsonValueKind.Null })
                {
                    Report("RE1003", DiagnosticSeverity.Error, property.Value.Offset, "Het veld 'Actions' moet een object met OnSuccess en/of OnFailure zijn.", workflow, rule, "Actions");
                }
                return null;
            }
            return new RuleActions
            {
                OnSuccess = ReadAction(actions.Find("OnSuccess"), workflow, rule),
                OnFailure = ReadAction(actions.Find("OnFailure"), workflow, rule),
            };
        }

        private ActionInfo? ReadAction(JsonPropertyNode? property, string workflow, string rule)
        {
            if (property?.Value is not JsonObjectNode action)
            {
                return null;
            }
            var context = action.Find("Context")?.Value is JsonObjectNode contextNode
                ? (IReadOnlyDictionary<string, object?>)JsonTreeReader.ToPlain(contextNode)!
                : new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            return new ActionInfo
            {
                Name = ReadString(action, "Name", workflow, rule) ?? string.Empty,
                Context = context,
                Position = Position(action.Offset),
            };
        }
    }
}
