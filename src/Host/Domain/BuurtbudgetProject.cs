namespace Participatie.Host.Domain;

/// <summary>A project on a buurtbudget ballot, possibly an initiative that asked for buurtbudget.</summary>
public class BuurtbudgetProject
{
    public int Id { get; set; }

    public int RondeId { get; set; }

    /// <summary>Short and stable within the round: the id in the pabulib export and on the ballot.</summary>
    public required string Code { get; set; }

    public required string Titel { get; set; }

    public string? Omschrijving { get; set; }

    /// <summary>In euros.</summary>
    public decimal Kosten { get; set; }

    public int? InitiatiefId { get; set; }
}
