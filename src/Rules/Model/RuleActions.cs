namespace Participatie.Rules.Model;

public sealed record RuleActions
{
    public ActionInfo? OnSuccess { get; init; }

    public ActionInfo? OnFailure { get; init; }
}
