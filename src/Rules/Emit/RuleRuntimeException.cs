namespace Participatie.Rules.Emit;

/// <summary>A problem while evaluating a rule on concrete data (a missing field, an impossible conversion).</summary>
public sealed class RuleRuntimeException : Exception
{
    public RuleRuntimeException(string message)
        : base(message)
    {
    }

    public RuleRuntimeException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
