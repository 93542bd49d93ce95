using Participatie.Rules.Compilation;

namespace Participatie.Rules.Tests.Support;

/// <summary>Short helpers to compile and evaluate single expressions in tests.</summary>
public static class Expr
{
    public static object? Eval(string expression, params (string Name, object? Value)[] variables)
    {
        var result = new ExpressionCompiler().Evaluate(expression, variables.ToDictionary(v => v.Name, v => v.Value));
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value;
    }

    public static ExpressionEvaluation Try(string expression, params (string Name, object? Value)[] variables) =>
        new ExpressionCompiler().Evaluate(expression, variables.ToDictionary(v => v.Name, v => v.Value));

    public static CompiledExpression Compile(string expression, params (string Name, Type Type)[] parameters) =>
        new ExpressionCompiler().Compile(expression, parameters.Select(p => new ExpressionParameter(p.Name, p.Type)).ToList());
}
