using Participatie.Rules.Text;

namespace Participatie.Rules.Syntax;

/// <summary>An immutable token with its position in the expression text.</summary>
internal sealed record SyntaxToken(SyntaxKind Kind, TextSpan Span, string Text, object? Value)
{
    /// <summary>True when the parser invented this token to recover from an error.</summary>
    public bool IsMissing { get; init; }
}
