namespace Participatie.Host.Features.Buurtbudget;

/// <summary>What became of a ballot.</summary>
public enum StemUitkomst
{
    /// <summary>Counted; the first ballot of this code.</summary>
    Geteld,

    /// <summary>Counted in place of this code's earlier ballot.</summary>
    Vervangen,

    OnbekendeRonde,

    OngeldigeCode,

    NogNietOpen,

    Gesloten,

    OngeldigBiljet,

    /// <summary>The round has a minimum age and the declared birth year is missing or too recent.</summary>
    TeJong,
}
