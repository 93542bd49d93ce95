namespace Participatie.Rules.Engine;

/// <summary>The result of running one rule and its action (<c>ExecuteActionWorkflow</c>).</summary>
public sealed record ActionRuleResult(object? Output, Exception? Exception, IReadOnlyList<RuleResultTree> Results);
