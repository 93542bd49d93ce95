using Participatie.Rules.Diagnostics;
using Participatie.Rules.Syntax;

namespace Participatie.Rules.Tests.Compiler;

public sealed class LexerTests
{
    private static readonly Dictionary<SyntaxKind, string> Samples = new()
    {
        [SyntaxKind.IdentifierToken] = "input1",
        [SyntaxKind.IntegerLiteralToken] = "42",
        [SyntaxKind.RealLiteralToken] = "3.5",
        [SyntaxKind.StringLiteralToken] = "\"tekst\"",
        [SyntaxKind.OpenParenToken] = "(",
        [SyntaxKind.CloseParenToken] = ")",
        [SyntaxKind.OpenBracketToken] = "[",
        [SyntaxKind.CloseBracketToken] = "]",
        [SyntaxKind.OpenBraceToken] = "{",
        [SyntaxKind.CloseBraceToken] = "}",
        [SyntaxKind.CommaToken] = ",",
        [SyntaxKind.DotToken] = ".",
        [SyntaxKind.QuestionDotToken] = "?.",
        [SyntaxKind.QuestionToken] = "?",
        [SyntaxKind.QuestionQuestionToken] = "??",
        [SyntaxKind.ColonToken] = ":",
        [SyntaxKind.ArrowToken] = "=>",
        [SyntaxKind.EqualsToken] = "=",
        [SyntaxKind.EqualsEqualsToken] = "==",
        [SyntaxKind.BangEqualsToken] = "!=",
        [SyntaxKind.LessGreaterToken] = "<>",
        [SyntaxKind.LessToken] = "<",
        [SyntaxKind.LessEqualsToken] = "<=",
        [SyntaxKind.GreaterToken] = ">",
        [SyntaxKind.GreaterEqualsToken] = ">=",
        [SyntaxKind.PlusToken] = "+",
        [SyntaxKind.MinusToken] = "-",
        [SyntaxKind.StarToken] = "*",
        [SyntaxKind.SlashToken] = "/",
        [SyntaxKind.PercentToken] = "%",
        [SyntaxKind.BangToken] = "!",
        [SyntaxKind.AmpersandAmpersandToken] = "&&",
        [SyntaxKind.PipePipeToken] = "||",
        [SyntaxKind.AmpersandToken] = "&",
        [SyntaxKind.PipeToken] = "|",
        [SyntaxKind.AndKeyword] = "AND",
        [SyntaxKind.OrKeyword] = "or",
        [SyntaxKind.NotKeyword] = "Not",
        [SyntaxKind.ModKeyword] = "mod",
        [SyntaxKind.TrueKeyword] = "True",
        [SyntaxKind.FalseKeyword] = "false",
        [SyntaxKind.NullKeyword] = "null",
        [SyntaxKind.NewKeyword] = "new",
        [SyntaxKind.AsKeyword] = "as",
        [SyntaxKind.ItKeyword] = "it",
    };

    [Fact]
    public void Lexer_EveryTokenKind_HasATestedSample()
    {
        var untested = Enum.GetValues<SyntaxKind>().Where(k => k is not SyntaxKind.BadToken and not SyntaxKind.EndOfFileToken && !Samples.ContainsKey(k));
        Assert.Empty(untested);
    }

    [Fact]
    public void Lexer_EachSample_LexesToItsKindWithFullSpan()
    {
        foreach (var (kind, text) in Samples)
        {
            var bag = new DiagnosticBag();
            var tokens = new Lexer(text, bag).LexAll();
            Assert.Empty(bag);
            Assert.Equal(2, tokens.Count);
            Assert.Equal(kind, tokens[0].Kind);
            Assert.Equal(0, tokens[0].Span.Start);
            Assert.Equal(text.Length, tokens[0].Span.Length);
        }
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("3000000000", 3000000000L)]
    [InlineData("7L", 7L)]
    [InlineData("2.5", 2.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("2.5F", 2.5f)]
    public void Lexer_NumberLiterals_TypedLikeDynamicLinq(string text, object expected)
    {
        var token = new Lexer(text, new DiagnosticBag()).LexAll()[0];
        Assert.Equal(expected, token.Value);
    }

    [Fact]
    public void Lexer_DecimalSuffix_Decimal()
    {
        Assert.Equal(2.25m, new Lexer("2.25M", new DiagnosticBag()).LexAll()[0].Value);
    }

    [Theory]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("'enkel'", "enkel")]
    [InlineData("\"regel\\nnieuw\"", "regel\nnieuw")]
    [InlineData("\"\\u00e9\"", "é")]
    public void Lexer_StringEscapes_Decoded(string text, string expected)
    {
        Assert.Equal(expected, new Lexer(text, new DiagnosticBag()).LexAll()[0].Value);
    }

    [Fact]
    public void Lexer_UnterminatedStringAndBadCharacter_ReportedWithPositions()
    {
        var bag = new DiagnosticBag();
        new Lexer("a # \"open", bag).LexAll();
        Assert.Collection(
            bag,
            d => { Assert.Equal("RE0001", d.Code); Assert.Equal(2, d.Span.Start); },
            d => { Assert.Equal("RE0002", d.Code); Assert.Equal(4, d.Span.Start); });
    }
}
