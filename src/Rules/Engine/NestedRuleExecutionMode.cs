namespace Participatie.Rules.Engine;

/// <summary>How nested rules are evaluated: all children (<see cref="All"/>) or only until the outcome is known (<see cref="Performance"/>).</summary>
public enum NestedRuleExecutionMode
{
    All,
    Performance,
}
