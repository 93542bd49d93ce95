using Participatie.Rules.Diagnostics;
using Participatie.Rules.Loading;
using Participatie.Rules.Model;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// Finds the full path of rule names (<c>Buurtbudget › Woont in de gemeente</c>) a located problem belongs to.
/// Rule names repeat under different parents, so the name alone does not say which rule an editor should mark.
/// </summary>
public sealed class RegelPaden
{
    private readonly Dictionary<(int Line, int Column), IReadOnlyList<string>> opPositie = [];
    private readonly Dictionary<string, List<IReadOnlyList<string>>> opNaam = new(StringComparer.Ordinal);

    public RegelPaden(RuleSetDocument? document)
    {
        foreach (var workflow in document?.Workflows ?? [])
        {
            Voeg(workflow.Rules, []);
        }
    }

    /// <summary>The path of the rule the problem is in, by its position in the file, else by a unique rule name.</summary>
    public IReadOnlyList<string>? Zoek(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        if (location?.FileLine is { } line && location.FileColumn is { } column && opPositie.TryGetValue((line, column), out var pad))
        {
            return pad;
        }

        return location?.Rule is { } naam && opNaam.TryGetValue(naam, out var paden) && paden.Count == 1 ? paden[0] : null;
    }

    private void Voeg(IReadOnlyList<Rule> rules, IReadOnlyList<string> ouder)
    {
        foreach (var rule in rules)
        {
            var pad = ouder.Append(rule.RuleName).ToList();
            foreach (var positie in new[] { rule.Position, rule.ExpressionPosition }.Concat((rule.LocalParams ?? []).Select(p => p.ExpressionPosition)))
            {
                if (positie is { } p)
                {
                    opPositie.TryAdd((p.Line, p.Column), pad);
                }
            }

            if (!opNaam.TryGetValue(rule.RuleName, out var lijst))
            {
                opNaam[rule.RuleName] = lijst = [];
            }

            lijst.Add(pad);
            Voeg(rule.Rules ?? [], pad);
        }
    }
}
