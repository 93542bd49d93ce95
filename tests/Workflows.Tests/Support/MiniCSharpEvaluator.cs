using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Participatie.Workflows.Expressions;

namespace Participatie.Workflows.Tests.Support;

/// <summary>
/// Test double for the Host's CSharp evaluator (which lives in src/Rules): understands <c>return X;</c> where X is a
/// string literal, <c>Variables.Name</c> (optionally <c>.ToString()</c>) or an interpolated string of those.
/// Enough to drive the engine's evaluator abstraction end to end.
/// </summary>
public sealed partial class MiniCSharpEvaluator : IExpressionEvaluator
{
    public string ExpressionType => "CSharp";

    public IReadOnlyList<ExpressionDiagnostic> Validate(string source, ExpressionValidationContext context) =>
        Body(source) is { } body && Understands(body) ? [] : [new ExpressionDiagnostic("Unsupported C# in test evaluator.", 1, 1)];

    public ValueTask<JsonNode?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken)
    {
        var body = Body(source) ?? throw new ExpressionEvaluationException("Unsupported C#.");
        return ValueTask.FromResult(Eval(body, context));
    }

    private static string? Body(string source)
    {
        var s = source.Trim();
        if (s.StartsWith("return ", StringComparison.Ordinal)) s = s[7..];
        return s.TrimEnd(';').Trim();
    }

    private static bool Understands(string body) =>
        body.StartsWith('"') || body.StartsWith("$\"", StringComparison.Ordinal) || VariableRef().IsMatch(body);

    private static JsonNode? Eval(string body, IExpressionContext context)
    {
        if (body.StartsWith("$\"", StringComparison.Ordinal))
        {
            var inner = body[2..^1];
            return JsonValue.Create(Hole().Replace(inner, m => ValueConverter.ToText(Eval(m.Groups[1].Value, context))));
        }
        if (body.StartsWith('"')) return JsonValue.Create(body[1..^1].Replace("\\\"", "\""));
        var match = VariableRef().Match(body);
        if (!match.Success) throw new ExpressionEvaluationException($"Unsupported C#: {body}");
        var value = context.GetVariable(match.Groups[1].Value);
        return match.Groups[2].Success ? JsonValue.Create(ValueConverter.ToText(value)) : value?.DeepClone();
    }

    [GeneratedRegex(@"^Variables\.(\w+)(\.ToString\(\))?$")]
    private static partial Regex VariableRef();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Hole();
}
