using Participatie.Rules.Diagnostics;

namespace Participatie.Rules.Syntax;

/// <summary>The result of parsing one expression: its root and the syntax diagnostics.</summary>
internal sealed class SyntaxTree
{
    private SyntaxTree(string text, ExpressionSyntax root, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    public string Text { get; }

    public ExpressionSyntax Root { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static SyntaxTree Parse(string text, ExpressionLimits limits)
    {
        var bag = new DiagnosticBag();
        if (text.Length > limits.MaxExpressionLength)
        {
            bag.ReportTooLong(new Text.TextSpan(0, text.Length), text.Length, limits.MaxExpressionLength);
            return new SyntaxTree(text, new ErrorExpressionSyntax(new Text.TextSpan(0, text.Length)), bag.ToList());
        }
        var parser = new Parser(text, bag, limits.MaxNestingDepth, limits.MaxNodes);
        var root = parser.ParseWhole();
        return new SyntaxTree(text, root, bag.ToList());
    }
}
