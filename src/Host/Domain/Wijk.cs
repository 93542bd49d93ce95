namespace Participatie.Host.Domain;

/// <summary>A district (CBS <c>WK</c> + 6 digits). A wijk may have a wijk- or dorpsraad that advises on initiatives.</summary>
public class Wijk
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Naam { get; set; }
    public int GemeenteId { get; set; }
    public Gemeente? Gemeente { get; set; }

    /// <summary>Name of the wijk- or dorpsraad, when the wijk has one.</summary>
    public string? Wijkraad { get; set; }

    public List<Buurt> Buurten { get; set; } = [];
}
