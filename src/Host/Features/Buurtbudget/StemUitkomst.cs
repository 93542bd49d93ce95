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
}
