using Participatie.Rules.Diagnostics;
using Participatie.Rules.Text;

namespace Participatie.Rules.Syntax;

/// <summary>
/// Recursive-descent parser for the Dynamic LINQ dialect. Never throws: on an error it reports,
/// invents the missing piece and continues, so one run finds as many problems as it can.
/// </summary>
internal sealed class Parser
{
    private readonly IReadOnlyList<SyntaxToken> _tokens;
    private readonly DiagnosticBag _diagnostics;
    private readonly int _maxDepth;
    private readonly int _maxNodes;
    private int _position;
    private int _depth;
    private int _nodes;
    private bool _depthReported;
    private bool _nodesReported;

    public Parser(string text, DiagnosticBag diagnostics, int maxDepth, int maxNodes)
    {
        _diagnostics = diagnostics;
        _tokens = new Lexer(text, diagnostics).LexAll();
        _maxDepth = maxDepth;
        _maxNodes = maxNodes;
    }

    private SyntaxToken Current => Peek(0);

    private SyntaxToken Peek(int offset)
    {
        var index = _position + offset;
        return index < _tokens.Count ? _tokens[index] : _tokens[^1];
    }

    private SyntaxToken Next()
    {
        var token = Current;
        if (_position < _tokens.Count - 1)
        {
            _position++;
        }
        return token;
    }

    private SyntaxToken Match(SyntaxKind kind)
    {
        if (Current.Kind == kind)
        {
            return Next();
        }
        _diagnostics.ReportExpected(Current.Span, SyntaxFacts.Describe(kind), DescribeToken(Current));
        return new SyntaxToken(kind, new TextSpan(Current.Span.Start, 0), string.Empty, null) { IsMissing = true };
    }

    private static string DescribeToken(SyntaxToken token) =>
        token.Kind == SyntaxKind.EndOfFileToken ? "het einde van de expressie" : $"'{token.Text}'";

    public ExpressionSyntax ParseWhole()
    {
        if (Current.Kind == SyntaxKind.EndOfFileToken)
        {
            _diagnostics.ReportEmptyExpression(Current.Span);
            return new ErrorExpressionSyntax(Current.Span);
        }
        var expression = ParseExpression();
        if (Current.Kind != SyntaxKind.EndOfFileToken)
        {
            _diagnostics.ReportUnexpected(Current.Span, DescribeToken(Current));
        }
        return expression;
    }

    private ExpressionSyntax ParseExpression()
    {
        if (!Enter())
        {
            return SkipToEnd();
        }
        try
        {
            // A lambda at expression level: x => body (the binder decides whether it is allowed here).
            if (Current.Kind == SyntaxKind.IdentifierToken && Peek(1).Kind == SyntaxKind.ArrowToken)
            {
                var parameter = Next();
                Next();
                var body = ParseExpression();
                return Count(new LambdaExpressionSyntax([parameter], body, TextSpan.FromBounds(parameter.Span.Start, body.Span.End)));
            }
            return ParseConditional();
        }
        finally
        {
            _depth--;
        }
    }

    private bool Enter()
    {
        _depth++;
        if (_depth > _maxDepth)
        {
            if (!_depthReported)
            {
                _diagnostics.ReportTooDeep(Current.Span, _maxDepth);
                _depthReported = true;
            }
            return false;
        }
        return true;
    }

    private ExpressionSyntax SkipToEnd()
    {
        _depth--;
        var start = Current.Span.Start;
        while (Current.Kind != SyntaxKind.EndOfFileToken)
        {
            Next();
        }
        return new ErrorExpressionSyntax(TextSpan.FromBounds(start, Current.Span.Start));
    }

    private T Count<T>(T node) where T : ExpressionSyntax
    {
        _nodes++;
        if (_nodes > _maxNodes && !_nodesReported)
        {
            _nodesReported = true;
            _diagnostics.ReportTooManyNodes(node.Span, _maxNodes);
        }
        return node;
    }

    private ExpressionSyntax ParseConditional()
    {
        var condition = ParseBinary(0);
        if (Current.Kind != SyntaxKind.QuestionToken)
        {
            return condition;
        }
        Next();
        var whenTrue = ParseExpression();
        Match(SyntaxKind.ColonToken);
        var whenFalse = ParseExpression();
        return Count(new ConditionalExpressionSyntax(condition, whenTrue, whenFalse));
    }

    private ExpressionSyntax ParseBinary(int parentPrecedence)
    {
        var left = ParseUnary();
        while (true)
        {
            var precedence = SyntaxFacts.GetBinaryPrecedence(Current.Kind);
            if (precedence == 0 || precedence <= parentPrecedence)
            {
                return left;
            }
            var op = Next();
            // As Dynamic LINQ: what follows ?? is a whole conditional, so a ?? b ? c : d is a ?? (b ? c : d)
            var right = op.Kind == SyntaxKind.QuestionQuestionToken ? ParseExpression()
                : SyntaxFacts.IsRightAssociative(op.Kind) ? ParseBinary(precedence - 1) : ParseBinary(precedence);
            left = Count(new BinaryExpressionSyntax(left, op, right));
        }
    }

    private ExpressionSyntax ParseUnary()
    {
        if (Current.Kind is SyntaxKind.MinusToken or SyntaxKind.PlusToken or SyntaxKind.BangToken or SyntaxKind.NotKeyword)
        {
            if (!Enter())
            {
                return SkipToEnd();
            }
            try
            {
                var op = Next();
                var operand = ParseUnary();
                return Count(new UnaryExpressionSyntax(op, operand));
            }
            finally
            {
                _depth--;
            }
        }
        return ParsePostfix(ParsePrimary());
    }

    private ExpressionSyntax ParsePostfix(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (Current.Kind)
            {
                case SyntaxKind.DotToken:
                case SyntaxKind.QuestionDotToken:
                {
                    var dot = Next();
                    var name = Current.Kind == SyntaxKind.IdentifierToken || IsKeywordUsableAsName(Current.Kind)
                        ? AsIdentifier(Next())
                        : Match(SyntaxKind.IdentifierToken);
                    expression = Count(new MemberAccessExpressionSyntax(expression, name, dot.Kind == SyntaxKind.QuestionDotToken));
                    break;
                }
                case SyntaxKind.OpenParenToken:
                {
                    var args = ParseArguments(SyntaxKind.OpenParenToken, SyntaxKind.CloseParenToken, out var end);
                    expression = Count(new InvocationExpressionSyntax(expression, args, TextSpan.FromBounds(expression.Span.Start, end)));
                    break;
                }
                case SyntaxKind.OpenBracketToken:
                {
                    var args = ParseArguments(SyntaxKind.OpenBracketToken, SyntaxKind.CloseBracketToken, out var end);
                    expression = Count(new ElementAccessExpressionSyntax(expression, args, TextSpan.FromBounds(expression.Span.Start, end)));
                    break;
                }
                default:
                    return expression;
            }
        }
    }

    private static bool IsKeywordUsableAsName(SyntaxKind kind) => kind is SyntaxKind.NotKeyword or SyntaxKind.ModKeyword or SyntaxKind.AsKeyword;

    private static SyntaxToken AsIdentifier(SyntaxToken token) =>
        token.Kind == SyntaxKind.IdentifierToken ? token : token with { Kind = SyntaxKind.IdentifierToken };

    private IReadOnlyList<ExpressionSyntax> ParseArguments(SyntaxKind open, SyntaxKind close, out int end)
    {
        Match(open);
        var args = new List<ExpressionSyntax>();
        if (!Enter())
        {
            SkipToEnd();
            end = Current.Span.End;
            return args;
        }
        try
        {
            while (Current.Kind != close && Current.Kind != SyntaxKind.EndOfFileToken)
            {
                var before = _position;
                args.Add(ParseExpression());
                if (Current.Kind == SyntaxKind.CommaToken)
                {
                    Next();
                    continue;
                }
                if (Current.Kind != close)
                {
                    Match(close);
                    if (_position == before)
                    {
                        Next();
                    }
                    break;
                }
            }
            var closing = Match(close);
            end = closing.Span.End;
            return args;
        }
        finally
        {
            _depth--;
        }
    }

    private ExpressionSyntax ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case SyntaxKind.IntegerLiteralToken:
            case SyntaxKind.RealLiteralToken:
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
            case SyntaxKind.NullKeyword:
                Next();
                return Count(new LiteralExpressionSyntax(token, token.Value));
            case SyntaxKind.IdentifierToken:
            case SyntaxKind.ItKeyword:
                Next();
                return Count(new NameExpressionSyntax(token));
            case SyntaxKind.OpenParenToken:
                return ParseParenthesized();
            case SyntaxKind.NewKeyword:
                return ParseNew();
            default:
                _diagnostics.ReportExpected(token.Span, "een waarde, naam of '('", DescribeToken(token));
                if (token.Kind != SyntaxKind.EndOfFileToken && token.Kind != SyntaxKind.CloseParenToken
                    && token.Kind != SyntaxKind.CloseBracketToken && token.Kind != SyntaxKind.CommaToken)
                {
                    Next();
                }
                return new ErrorExpressionSyntax(token.Span);
        }
    }

    private ExpressionSyntax ParseParenthesized()
    {
        // (x) => body  as a lambda with a parenthesised parameter list
        if (Peek(1).Kind == SyntaxKind.IdentifierToken && Peek(2).Kind == SyntaxKind.CloseParenToken && Peek(3).Kind == SyntaxKind.ArrowToken)
        {
            var open = Next();
            var parameter = Next();
            Next();
            Next();
            var body = ParseExpression();
            return Count(new LambdaExpressionSyntax([parameter], body, TextSpan.FromBounds(open.Span.Start, body.Span.End)));
        }
        if (!Enter())
        {
            return SkipToEnd();
        }
        try
        {
            var openToken = Next();
            var inner = ParseExpression();
            var close = Match(SyntaxKind.CloseParenToken);
            return Count(new ParenthesizedExpressionSyntax(inner, TextSpan.FromBounds(openToken.Span.Start, close.Span.End)));
        }
        finally
        {
            _depth--;
        }
    }

    private ExpressionSyntax ParseNew()
    {
        var newToken = Next();
        switch (Current.Kind)
        {
            case SyntaxKind.OpenParenToken:
            {
                Next();
                var members = new List<AnonymousObjectMemberSyntax>();
                while (Current.Kind != SyntaxKind.CloseParenToken && Current.Kind != SyntaxKind.EndOfFileToken)
                {
                    var before = _position;
                    var value = ParseExpression();
                    SyntaxToken? alias = null;
                    if (Current.Kind == SyntaxKind.AsKeyword)
                    {
                        Next();
                        alias = Match(SyntaxKind.IdentifierToken);
                    }
                    members.Add(new AnonymousObjectMemberSyntax(value, alias));
                    if (Current.Kind == SyntaxKind.CommaToken)
                    {
                        Next();
                        continue;
                    }
                    if (_position == before)
                    {
                        Next();
                    }
                    if (Current.Kind != SyntaxKind.CloseParenToken)
                    {
                        break;
                    }
                }
                var close = Match(SyntaxKind.CloseParenToken);
                return Count(new AnonymousObjectExpressionSyntax(members, TextSpan.FromBounds(newToken.Span.Start, close.Span.End)));
            }
            case SyntaxKind.OpenBraceToken:
            {
                var start = Current.Span.Start;
                SkipBalanced(SyntaxKind.OpenBraceToken, SyntaxKind.CloseBraceToken);
                SkipTrailingAlias();
                var span = TextSpan.FromBounds(newToken.Span.Start, Peek(-1).Span.End);
                _diagnostics.ReportCSharpAnonymousObject(TextSpan.FromBounds(newToken.Span.Start, Math.Max(start, span.End)));
                return new ErrorExpressionSyntax(span);
            }
            case SyntaxKind.OpenBracketToken:
                return ParseArrayCreation(newToken, null);
            case SyntaxKind.IdentifierToken:
            {
                var typeName = Next();
                if (Current.Kind == SyntaxKind.OpenBracketToken && Peek(1).Kind == SyntaxKind.CloseBracketToken)
                {
                    return ParseArrayCreation(newToken, typeName);
                }
                // new Foo(...) / new Foo { ... }: constructing arbitrary objects is refused.
                var typeText = typeName.Text;
                while (Current.Kind == SyntaxKind.DotToken && Peek(1).Kind == SyntaxKind.IdentifierToken)
                {
                    Next();
                    typeText += "." + Next().Text;
                }
                if (Current.Kind == SyntaxKind.OpenParenToken)
                {
                    SkipBalanced(SyntaxKind.OpenParenToken, SyntaxKind.CloseParenToken);
                }
                if (Current.Kind == SyntaxKind.OpenBraceToken)
                {
                    SkipBalanced(SyntaxKind.OpenBraceToken, SyntaxKind.CloseBraceToken);
                }
                var span = TextSpan.FromBounds(newToken.Span.Start, Peek(-1).Span.End);
                _diagnostics.ReportObjectCreationNotAllowed(span, typeText);
                return new ErrorExpressionSyntax(span);
            }
            default:
                _diagnostics.ReportExpected(Current.Span, "'(' na 'new'", DescribeToken(Current));
                return new ErrorExpressionSyntax(newToken.Span);
        }
    }

    private void SkipTrailingAlias()
    {
        if (Current.Kind == SyntaxKind.AsKeyword)
        {
            Next();
            if (Current.Kind == SyntaxKind.IdentifierToken)
            {
                Next();
            }
        }
    }

    private void SkipBalanced(SyntaxKind open, SyntaxKind close)
    {
        var depth = 0;
        do
        {
            if (Current.Kind == open)
            {
                depth++;
            }
            else if (Current.Kind == close)
            {
                depth--;
            }
            Next();
        }
        while (depth > 0 && Current.Kind != SyntaxKind.EndOfFileToken);
    }

    private ExpressionSyntax ParseArrayCreation(SyntaxToken newToken, SyntaxToken? elementType)
    {
        Match(SyntaxKind.OpenBracketToken);
        Match(SyntaxKind.CloseBracketToken);
        var elements = ParseArguments(SyntaxKind.OpenBraceToken, SyntaxKind.CloseBraceToken, out var end);
        return Count(new ArrayCreationExpressionSyntax(elementType, elements, TextSpan.FromBounds(newToken.Span.Start, end)));
    }
}
