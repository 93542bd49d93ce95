using Participatie.Rules.Engine;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>Turns a failed rule into the reasons a resident reads: the most specific failed parts, else the rule's own message.</summary>
public static class UitdaagrechtRedenen
{
    public static IEnumerable<string> Van(RuleResultTree resultaat)
    {
        var onderdelen = resultaat.ChildResults?.Where(c => !c.IsSuccess).SelectMany(Van).ToList() ?? [];
        if (onderdelen.Count > 0)
        {
            return onderdelen;
        }

        return [resultaat.ExceptionMessage is { Length: > 0 } fout ? fout : resultaat.Rule.ErrorMessage ?? resultaat.Rule.RuleName];
    }
}
