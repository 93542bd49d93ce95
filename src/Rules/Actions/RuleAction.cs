using Participatie.Rules.Engine;

namespace Participatie.Rules.Actions;

/// <summary>Base class for custom actions registered in <see cref="RuleSettings.CustomActions"/>.</summary>
public abstract class RuleAction
{
    /// <summary>Runs the action; the return value becomes <see cref="ActionResult.Output"/>.</summary>
    public abstract object? Run(ActionContext context, IReadOnlyList<RuleParameter> parameters);
}
