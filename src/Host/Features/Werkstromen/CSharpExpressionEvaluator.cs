using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Participatie.Rules.Compilation;
using Participatie.Rules.Data;
using Participatie.Workflows.Expressions;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// <c>CSharp</c> workflow expressions, compiled by the rules engine's compiler so officials and policy staff
/// write one language. Visible: every workflow variable by name, <c>Variables.X</c>, <c>Input.X</c> and
/// <c>CorrelationId</c>. Elsa's <c>return …;</c> wrapper and <c>$"…{x}…"</c> interpolation are accepted.
/// </summary>
public sealed class CSharpExpressionEvaluator(TimeProvider clock) : IExpressionEvaluator
{
    private readonly ExpressionCompiler compiler = new(new ExpressionCompilerOptions { TimeProvider = clock });
    private readonly ConcurrentDictionary<string, CompiledExpression> cache = new(StringComparer.Ordinal);

    public string ExpressionType => "CSharp";

    public IReadOnlyList<ExpressionDiagnostic> Validate(string source, ExpressionValidationContext context)
    {
        var names = context.VariableNames.Where(IsIdentifier).ToList();
        var compiled = Compile(Normalize(source), names);
        return compiled.Diagnostics.Where(d => d.IsError)
            .Select(d => new ExpressionDiagnostic(d.Message, 1, (d.Column ?? d.Span.Start + 1)))
            .ToList();
    }

    public ValueTask<JsonNode?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken)
    {
        var names = context.Variables.Keys.Where(IsIdentifier).ToList();
        var compiled = Compile(Normalize(source), names);
        if (!compiled.Success)
        {
            throw new ExpressionEvaluationException(string.Join("; ", compiled.Diagnostics.Where(d => d.IsError).Select(d => d.Message)));
        }

        var variables = ToData(context.Variables);
        var arguments = new List<object?>
        {
            variables,
            ToData(context.Inputs),
            context.CorrelationId,
        };
        arguments.AddRange(names.Select(n => DataValues.FromJson(context.Variables[n]?.ToJsonString() ?? "null")));
        object? value;
        try
        {
            value = compiled.Evaluate([.. arguments]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ExpressionEvaluationException($"C#-expressie faalde: {ex.Message}");
        }

        return ValueTask.FromResult(JsonNode.Parse(DataValues.ToJson(value)));
    }

    private CompiledExpression Compile(string text, IReadOnlyList<string> variableNames)
    {
        var key = text + "\u0001" + string.Join(",", variableNames);
        return cache.GetOrAdd(key, _ =>
        {
            var parameters = new List<ExpressionParameter>
            {
                new("Variables", typeof(object)),
                new("Input", typeof(object)),
                new("CorrelationId", typeof(string)),
            };
            parameters.AddRange(variableNames.Select(n => new ExpressionParameter(n, typeof(object))));
            return compiler.Compile(text, parameters);
        });
    }

    private static object? ToData(IReadOnlyDictionary<string, JsonNode?> values)
    {
        var json = new JsonObject();
        foreach (var (name, node) in values)
        {
            json[name] = node?.DeepClone();
        }

        return DataValues.FromJson(json.ToJsonString());
    }

    /// <summary>Strips Elsa's statement wrapper and turns <c>$"a {x} b"</c> into <c>"a " + String(x) + " b"</c>.</summary>
    internal static string Normalize(string source)
    {
        var text = source.Trim();
        if (text.StartsWith("return ", StringComparison.Ordinal))
        {
            text = text[7..];
        }

        text = text.TrimEnd().TrimEnd(';').Trim();
        if (!text.StartsWith("$\"", StringComparison.Ordinal) || !text.EndsWith('"'))
        {
            return text;
        }

        var body = text[2..^1];
        var parts = new List<string>();
        var literal = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '{' && i + 1 < body.Length && body[i + 1] == '{')
            {
                literal.Append('{');
                i++;
            }
            else if (body[i] == '}' && i + 1 < body.Length && body[i + 1] == '}')
            {
                literal.Append('}');
                i++;
            }
            else if (body[i] == '{')
            {
                var end = body.IndexOf('}', i);
                if (end < 0)
                {
                    return text;
                }

                parts.Add("\"" + literal + "\"");
                literal.Clear();
                parts.Add("String(" + body[(i + 1)..end] + ")");
                i = end;
            }
            else
            {
                literal.Append(body[i]);
            }
        }

        parts.Add("\"" + literal + "\"");
        return string.Join(" + ", parts);
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_')
        && name is not ("Variables" or "Input" or "CorrelationId");
}
