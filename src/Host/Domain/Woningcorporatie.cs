namespace Participatie.Host.Domain;

/// <summary>A housing corporation that owns homes in some buurten.</summary>
public class Woningcorporatie
{
    public int Id { get; set; }
    public required string Naam { get; set; }
    public string? Contact { get; set; }
    public List<CorporatieBezit> Bezit { get; set; } = [];
}
