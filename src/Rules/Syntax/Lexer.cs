using System.Globalization;
using System.Text;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Text;

namespace Participatie.Rules.Syntax;

/// <summary>Turns expression text into tokens with positions. Never throws; problems go to the bag.</summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private int _position;

    public Lexer(string text, DiagnosticBag diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    private char Current => Peek(0);

    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    public IReadOnlyList<SyntaxToken> LexAll()
    {
        var tokens = new List<SyntaxToken>();
        while (true)
        {
            var token = Lex();
            if (token.Kind == SyntaxKind.BadToken)
            {
                continue;
            }
            tokens.Add(token);
            if (token.Kind == SyntaxKind.EndOfFileToken)
            {
                return tokens;
            }
        }
    }

    private SyntaxToken Lex()
    {
        while (_position < _text.Length && char.IsWhiteSpace(Current))
        {
            _position++;
        }
        var start = _position;
        if (_position >= _text.Length)
        {
            return new SyntaxToken(SyntaxKind.EndOfFileToken, new TextSpan(start, 0), string.Empty, null);
        }

        var c = Current;
        if (char.IsLetter(c) || c == '_' || c == '@')
        {
            return LexIdentifier(start);
        }
        if (char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(1))))
        {
            return LexNumber(start);
        }
        if (c == '"' || c == '\'')
        {
            return LexString(start, c);
        }

        (SyntaxKind kind, int length) = c switch
        {
            '(' => (SyntaxKind.OpenParenToken, 1),
            ')' => (SyntaxKind.CloseParenToken, 1),
            '[' => (SyntaxKind.OpenBracketToken, 1),
            ']' => (SyntaxKind.CloseBracketToken, 1),
            '{' => (SyntaxKind.OpenBraceToken, 1),
            '}' => (SyntaxKind.CloseBraceToken, 1),
            ',' => (SyntaxKind.CommaToken, 1),
            '.' => (SyntaxKind.DotToken, 1),
            ':' => (SyntaxKind.ColonToken, 1),
            '+' => (SyntaxKind.PlusToken, 1),
            '-' => (SyntaxKind.MinusToken, 1),
            '*' => (SyntaxKind.StarToken, 1),
            '/' => (SyntaxKind.SlashToken, 1),
            '%' => (SyntaxKind.PercentToken, 1),
            '?' when Peek(1) == '?' => (SyntaxKind.QuestionQuestionToken, 2),
            '?' when Peek(1) == '.' && !char.IsDigit(Peek(2)) => (SyntaxKind.QuestionDotToken, 2),
            '?' => (SyntaxKind.QuestionToken, 1),
            '=' when Peek(1) == '=' => (SyntaxKind.EqualsEqualsToken, 2),
            '=' when Peek(1) == '>' => (SyntaxKind.ArrowToken, 2),
            '=' => (SyntaxKind.EqualsToken, 1),
            '!' when Peek(1) == '=' => (SyntaxKind.BangEqualsToken, 2),
            '!' => (SyntaxKind.BangToken, 1),
            '<' when Peek(1) == '=' => (SyntaxKind.LessEqualsToken, 2),
            '<' when Peek(1) == '>' => (SyntaxKind.LessGreaterToken, 2),
            '<' => (SyntaxKind.LessToken, 1),
            '>' when Peek(1) == '=' => (SyntaxKind.GreaterEqualsToken, 2),
            '>' => (SyntaxKind.GreaterToken, 1),
            '&' when Peek(1) == '&' => (SyntaxKind.AmpersandAmpersandToken, 2),
            '&' => (SyntaxKind.AmpersandToken, 1),
            '|' when Peek(1) == '|' => (SyntaxKind.PipePipeToken, 2),
            '|' => (SyntaxKind.PipeToken, 1),
            _ => (SyntaxKind.BadToken, 1),
        };
        _position += length;
        var span = new TextSpan(start, length);
        if (kind == SyntaxKind.BadToken)
        {
            _diagnostics.ReportBadCharacter(span, c);
        }
        return new SyntaxToken(kind, span, _text.Substring(start, length), null);
    }

    private SyntaxToken LexIdentifier(int start)
    {
        if (Current == '@')
        {
            _position++;
        }
        while (char.IsLetterOrDigit(Current) || Current == '_')
        {
            _position++;
        }
        var text = _text[start.._position];
        var span = TextSpan.FromBounds(start, _position);
        var keyword = SyntaxFacts.GetKeywordKind(text);
        if (keyword is { } k)
        {
            object? value = k switch
            {
                SyntaxKind.TrueKeyword => true,
                SyntaxKind.FalseKeyword => false,
                _ => null,
            };
            return new SyntaxToken(k, span, text, value);
        }
        return new SyntaxToken(SyntaxKind.IdentifierToken, span, text.TrimStart('@'), null);
    }

    private SyntaxToken LexNumber(int start)
    {
        var isReal = false;
        while (char.IsDigit(Current))
        {
            _position++;
        }
        if (Current == '.' && char.IsDigit(Peek(1)))
        {
            isReal = true;
            _position++;
            while (char.IsDigit(Current))
            {
                _position++;
            }
        }
        if ((Current == 'e' || Current == 'E') && (char.IsDigit(Peek(1)) || ((Peek(1) == '+' || Peek(1) == '-') && char.IsDigit(Peek(2)))))
        {
            isReal = true;
            _position += 2;
            while (char.IsDigit(Current))
            {
                _position++;
            }
        }
        var digitsEnd = _position;
        var suffixStart = _position;
        while (char.IsLetter(Current))
        {
            _position++;
        }
        var digits = _text[start..digitsEnd];
        var suffix = _text[suffixStart.._position].ToUpperInvariant();
        var span = TextSpan.FromBounds(start, _position);
        var text = _text[start.._position];
        var inv = CultureInfo.InvariantCulture;
        object? value = null;
        var kind = isReal ? SyntaxKind.RealLiteralToken : SyntaxKind.IntegerLiteralToken;
        switch (suffix)
        {
            case "":
                if (isReal)
                {
                    if (double.TryParse(digits, NumberStyles.Float, inv, out var d)) value = d;
                }
                else if (int.TryParse(digits, NumberStyles.None, inv, out var i)) value = i;
                else if (long.TryParse(digits, NumberStyles.None, inv, out var l)) value = l;
                else if (ulong.TryParse(digits, NumberStyles.None, inv, out var ul)) value = ul;
                break;
            case "L":
                if (!isReal && long.TryParse(digits, NumberStyles.None, inv, out var l2)) value = l2;
                break;
            case "U":
                if (!isReal && uint.TryParse(digits, NumberStyles.None, inv, out var u)) value = u;
                break;
            case "UL" or "LU":
                if (!isReal && ulong.TryParse(digits, NumberStyles.None, inv, out var ul2)) value = ul2;
                break;
            case "F":
                kind = SyntaxKind.RealLiteralToken;
                if (float.TryParse(digits, NumberStyles.Float, inv, out var f)) value = f;
                break;
            case "D":
                kind = SyntaxKind.RealLiteralToken;
                if (double.TryParse(digits, NumberStyles.Float, inv, out var d2)) value = d2;
                break;
            case "M":
                kind = SyntaxKind.RealLiteralToken;
                if (decimal.TryParse(digits, NumberStyles.Float, inv, out var m)) value = m;
                break;
        }
        if (value is null)
        {
            _diagnostics.ReportInvalidNumber(span, text);
            value = 0;
        }
        return new SyntaxToken(kind, span, text, value);
    }

    private SyntaxToken LexString(int start, char quote)
    {
        _position++;
        var sb = new StringBuilder();
        var terminated = false;
        while (_position < _text.Length)
        {
            var c = Current;
            if (c == quote)
            {
                // Dynamic LINQ also allows a doubled quote as an escaped quote.
                if (Peek(1) == quote)
                {
                    sb.Append(quote);
                    _position += 2;
                    continue;
                }
                _position++;
                terminated = true;
                break;
            }
            if (c == '\\')
            {
                var n = Peek(1);
                string? escaped = n switch
                {
                    '"' => "\"",
                    '\'' => "'",
                    '\\' => "\\",
                    'n' => "\n",
                    't' => "\t",
                    'r' => "\r",
                    '0' => "\0",
                    _ => null,
                };
                if (escaped is not null)
                {
                    sb.Append(escaped);
                    _position += 2;
                    continue;
                }
                if (n == 'u' && _position + 5 < _text.Length && int.TryParse(_text.AsSpan(_position + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                {
                    sb.Append((char)code);
                    _position += 6;
                    continue;
                }
            }
            sb.Append(c);
            _position++;
        }
        var span = TextSpan.FromBounds(start, _position);
        if (!terminated)
        {
            _diagnostics.ReportUnterminatedString(span);
        }
        var value = sb.ToString();
        // Single-quoted text is a string too (Dynamic LINQ would make 'x' a char).
        return new SyntaxToken(SyntaxKind.StringLiteralToken, span, _text[start.._position], value);
    }
}
