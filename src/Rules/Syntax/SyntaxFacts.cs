namespace Participatie.Rules.Syntax;

internal static class SyntaxFacts
{
    public static SyntaxKind? GetKeywordKind(string text) => text.ToLowerInvariant() switch
    {
        "and" => SyntaxKind.AndKeyword,
        "or" => SyntaxKind.OrKeyword,
        "not" => SyntaxKind.NotKeyword,
        "mod" => SyntaxKind.ModKeyword,
        "true" => SyntaxKind.TrueKeyword,
        "false" => SyntaxKind.FalseKeyword,
        "null" => SyntaxKind.NullKeyword,
        "new" => SyntaxKind.NewKeyword,
        "as" => SyntaxKind.AsKeyword,
        "it" => SyntaxKind.ItKeyword,
        _ => null,
    };

    /// <summary>Binary operator precedence, higher binds tighter; 0 = not a binary operator.</summary>
    public static int GetBinaryPrecedence(SyntaxKind kind) => kind switch
    {
        SyntaxKind.StarToken or SyntaxKind.SlashToken or SyntaxKind.PercentToken or SyntaxKind.ModKeyword => 6,
        SyntaxKind.PlusToken or SyntaxKind.MinusToken or SyntaxKind.AmpersandToken => 5,
        SyntaxKind.EqualsToken or SyntaxKind.EqualsEqualsToken or SyntaxKind.BangEqualsToken or SyntaxKind.LessGreaterToken
            or SyntaxKind.LessToken or SyntaxKind.LessEqualsToken or SyntaxKind.GreaterToken or SyntaxKind.GreaterEqualsToken => 4,
        SyntaxKind.AmpersandAmpersandToken or SyntaxKind.AndKeyword => 3,
        SyntaxKind.PipePipeToken or SyntaxKind.OrKeyword => 2,
        SyntaxKind.QuestionQuestionToken => 1,
        _ => 0,
    };

    public static bool IsRightAssociative(SyntaxKind kind) => kind == SyntaxKind.QuestionQuestionToken;

    public static string Describe(SyntaxKind kind) => kind switch
    {
        SyntaxKind.EndOfFileToken => "het einde van de expressie",
        SyntaxKind.IdentifierToken => "een naam",
        SyntaxKind.IntegerLiteralToken or SyntaxKind.RealLiteralToken => "een getal",
        SyntaxKind.StringLiteralToken => "een tekst",
        SyntaxKind.OpenParenToken => "'('",
        SyntaxKind.CloseParenToken => "')'",
        SyntaxKind.OpenBracketToken => "'['",
        SyntaxKind.CloseBracketToken => "']'",
        SyntaxKind.OpenBraceToken => "'{'",
        SyntaxKind.CloseBraceToken => "'}'",
        SyntaxKind.CommaToken => "','",
        SyntaxKind.ColonToken => "':'",
        SyntaxKind.ArrowToken => "'=>'",
        _ => "een onderdeel",
    };
}
