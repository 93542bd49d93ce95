using Participatie.Host.Domain;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Loading;

namespace Participatie.Host.Features.Regels;

/// <summary>The outcome of publishing a draft or rolling back: a new version in use, or why not (nothing changed then).</summary>
public abstract record RegelsetWijziging
{
    private RegelsetWijziging()
    {
    }

    public sealed record Gelukt(RegelsetVersie Versie) : RegelsetWijziging;

    /// <summary>The text has errors: the published version stays in use.</summary>
    public sealed record Ongeldig(IReadOnlyList<Diagnostic> Problemen, RuleSetDocument Document) : RegelsetWijziging;

    /// <summary>The draft changed since the caller looked at it (or was published or removed by someone else).</summary>
    public sealed record Conflict(RegelsetConcept? Huidig) : RegelsetWijziging;

    public sealed record NietGevonden(string Melding) : RegelsetWijziging;

    /// <summary>The text is the one already in use.</summary>
    public sealed record Ongewijzigd(int Versie) : RegelsetWijziging;
}
