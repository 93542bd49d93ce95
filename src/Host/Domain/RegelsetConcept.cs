namespace Participatie.Host.Domain;

/// <summary>
/// The draft of a rule set that policy staff are working on: one per rule set, shared, saved also when it
/// does not compile yet. <see cref="Revisie"/> goes up with each save so two editors do not overwrite each other.
/// </summary>
public class RegelsetConcept
{
    public int Id { get; set; }
    public required string Regelset { get; set; }
    public required string Json { get; set; }
    public int Revisie { get; set; }

    /// <summary>The published version the draft was started from.</summary>
    public int? BasisVersie { get; set; }

    public required string Door { get; set; }
    public DateTime Op { get; set; }
}
