namespace Participatie.Host.Domain;

/// <summary>A municipality, identified by its CBS code (<c>GM</c> + 4 digits).</summary>
public class Gemeente
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Naam { get; set; }
    public List<Wijk> Wijken { get; set; } = [];
}
