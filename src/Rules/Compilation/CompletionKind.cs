namespace Participatie.Rules.Compilation;

public enum CompletionKind
{
    Parameter,
    Field,
    Method,
    Type,
    Keyword,
}
