using Participatie.Rules.Text;

namespace Participatie.Rules.Syntax;

/// <summary>Base of all immutable expression syntax nodes; every node knows its span.</summary>
internal abstract record ExpressionSyntax(TextSpan Span);

internal sealed record LiteralExpressionSyntax(SyntaxToken Token, object? Value) : ExpressionSyntax(Token.Span);

/// <summary>A bare name, or the keyword <c>it</c>.</summary>
internal sealed record NameExpressionSyntax(SyntaxToken Identifier) : ExpressionSyntax(Identifier.Span)
{
    public bool IsIt => Identifier.Kind == SyntaxKind.ItKeyword;
}

internal sealed record MemberAccessExpressionSyntax(ExpressionSyntax Target, SyntaxToken Name, bool NullConditional)
    : ExpressionSyntax(TextSpan.FromBounds(Target.Span.Start, Name.Span.End));

internal sealed record InvocationExpressionSyntax(ExpressionSyntax Callee, IReadOnlyList<ExpressionSyntax> Arguments, TextSpan WholeSpan)
    : ExpressionSyntax(WholeSpan);

internal sealed record ElementAccessExpressionSyntax(ExpressionSyntax Target, IReadOnlyList<ExpressionSyntax> Arguments, TextSpan WholeSpan)
    : ExpressionSyntax(WholeSpan);

internal sealed record UnaryExpressionSyntax(SyntaxToken Operator, ExpressionSyntax Operand)
    : ExpressionSyntax(TextSpan.FromBounds(Operator.Span.Start, Operand.Span.End));

internal sealed record BinaryExpressionSyntax(ExpressionSyntax Left, SyntaxToken Operator, ExpressionSyntax Right)
    : ExpressionSyntax(TextSpan.FromBounds(Left.Span.Start, Right.Span.End));

internal sealed record ConditionalExpressionSyntax(ExpressionSyntax Condition, ExpressionSyntax WhenTrue, ExpressionSyntax WhenFalse)
    : ExpressionSyntax(TextSpan.FromBounds(Condition.Span.Start, WhenFalse.Span.End));

internal sealed record ParenthesizedExpressionSyntax(ExpressionSyntax Inner, TextSpan WholeSpan) : ExpressionSyntax(WholeSpan);

internal sealed record LambdaExpressionSyntax(IReadOnlyList<SyntaxToken> Parameters, ExpressionSyntax Body, TextSpan WholeSpan)
    : ExpressionSyntax(WholeSpan);

/// <summary><c>new [] { … }</c> or <c>new int[] { … }</c>; <see cref="ElementType"/> is null for the implicit form.</summary>
internal sealed record ArrayCreationExpressionSyntax(SyntaxToken? ElementType, IReadOnlyList<ExpressionSyntax> Elements, TextSpan WholeSpan)
    : ExpressionSyntax(WholeSpan);

internal sealed record AnonymousObjectMemberSyntax(ExpressionSyntax Value, SyntaxToken? Alias);

/// <summary>Dynamic LINQ's <c>new (value as Name, …)</c>.</summary>
internal sealed record AnonymousObjectExpressionSyntax(IReadOnlyList<AnonymousObjectMemberSyntax> Members, TextSpan WholeSpan)
    : ExpressionSyntax(WholeSpan);

/// <summary>Stands in for something the parser could not read; binding it gives an error type without new messages.</summary>
internal sealed record ErrorExpressionSyntax(TextSpan WholeSpan) : ExpressionSyntax(WholeSpan);
