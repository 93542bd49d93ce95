namespace Participatie.Host.Domain;

/// <summary>Where a published rule set version came from.</summary>
public enum RegelsetBron
{
    /// <summary>Imported from the rule file shipped with the product (<c>workflows-json/rules</c>).</summary>
    Bestand,

    /// <summary>Published from a draft in the rules editor.</summary>
    Editor,

    /// <summary>A roll back: an earlier version's text published again.</summary>
    Terugzetting,
}
