namespace Participatie.Host.Domain;

/// <summary>How a buurtbudget round counts its approval votes.</summary>
public enum Telmethode
{
    /// <summary>By number of votes, skipping what no longer fits (as Decidim and CONSUL count).</summary>
    MeesteStemmen,

    /// <summary>The Method of Equal Shares with cost utilities and the Add1 completion.</summary>
    GelijkeDelen,
}
