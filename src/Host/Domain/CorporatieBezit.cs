namespace Participatie.Host.Domain;

/// <summary>How many homes a corporation owns in a buurt; decides whether it is involved in an initiative there.</summary>
public class CorporatieBezit
{
    public int Id { get; set; }
    public int BuurtId { get; set; }
    public Buurt? Buurt { get; set; }
    public int WoningcorporatieId { get; set; }
    public Woningcorporatie? Woningcorporatie { get; set; }
    public int AantalWoningen { get; set; }
}
