namespace Participatie.Host.Domain;

/// <summary>
/// A burgerberaad (citizens' assembly) chosen by lot: its theme and area, how many members and reserves, the quotas per
/// feature, the invitation draw, the seed announced before the draw, and the state and result of the selection.
/// </summary>
public class Beraad
{
    public int Id { get; set; }

    public required string Thema { get; set; }

    /// <summary>CBS code of the area: a wijk (<c>WK…</c>) or a buurt (<c>BU…</c>).</summary>
    public required string GebiedCode { get; set; }

    public required string GebiedNaam { get; set; }

    /// <summary>Members of the panel.</summary>
    public int Omvang { get; set; }

    /// <summary>Reserves drawn after the panel, called in order when a member cannot take part.</summary>
    public int Reserves { get; set; }

    /// <summary>Registration with a letter's code is open until this moment (UTC); the draw runs after it.</summary>
    public DateTime AanmeldenTot { get; set; }

    public DateTime AangemaaktOp { get; set; }

    public List<BurgerberaadQuotum> Quota { get; set; } = [];

    /// <summary>The seed of the invitation draw (which addresses get a letter), recorded with the draw.</summary>
    public long? UitnodigingSeed { get; set; }

    public DateTime? UitgenodigdOp { get; set; }

    /// <summary>The seed of the panel draw, announced before registration closes so nobody can choose it after seeing the volunteers.</summary>
    public long? Seed { get; set; }

    public DateTime? SeedBekendgemaaktOp { get; set; }

    public BurgerberaadSelectieStatus SelectieStatus { get; set; }

    public DateTime? SelectieGevraagdOp { get; set; }

    public DateTime? SelectieGestartOp { get; set; }

    public DateTime? SelectieKlaarOp { get; set; }

    /// <summary>Why the last selection failed: the engine's located message (quota conflicts included), in Dutch.</summary>
    public string? SelectieFout { get; set; }

    /// <summary>The quota bounds that cannot be met together (<c>gender=female min 3</c>), when the quotas conflict.</summary>
    public List<string> Conflict { get; set; } = [];

    /// <summary>The nearest quotas that can be met (<c>gender=female: min 3 → 2</c>), when the quotas conflict.</summary>
    public List<string> Versoepeling { get; set; } = [];

    /// <summary>The categories file the engine ran on (stratification-app format), kept so anyone can re-run the draw.</summary>
    public string? CategorieenCsv { get; set; }

    /// <summary>The respondents file the engine ran on: pseudonymous ids and feature values, no contact data.</summary>
    public string? RespondentenCsv { get; set; }

    /// <summary>The smallest selection probability among volunteers who can be selected at all.</summary>
    public double? MinKans { get; set; }

    /// <summary>Which panel composition of the lottery the seed drew (index into the engine's distribution).</summary>
    public int? Samenstelling { get; set; }
}
