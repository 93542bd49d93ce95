namespace Participatie.Rules.Engine;

/// <summary>Thrown during execution when <see cref="RuleSettings.EnableExceptionAsErrorMessage"/> is false and a rule cannot be compiled or evaluated.</summary>
public sealed class RuleException : Exception
{
    public RuleException(string message)
        : base(message)
    {
    }

    public RuleException(string message, Exception? inner)
        : base(message, inner)
    {
    }
}
