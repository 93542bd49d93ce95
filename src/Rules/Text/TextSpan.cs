namespace Participatie.Rules.Text;

/// <summary>A range of characters in an expression or file: start offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public override string ToString() => $"{Start}..{End}";
}
