namespace Participatie.Host.Domain;

/// <summary>A four-digit postcode area (PC4) that lies (mostly) in a buurt; used to place a resident's postcode.</summary>
public class BuurtPostcode
{
    public int Id { get; set; }
    public required string Postcode4 { get; set; }
    public int BuurtId { get; set; }
    public Buurt? Buurt { get; set; }
}
