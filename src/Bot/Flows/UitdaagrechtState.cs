namespace Participatie.Bot.Flows;

/// <summary>The answers of the uitdaagrecht dialog so far.</summary>
public sealed class UitdaagrechtState
{
    public string? Taak { get; set; }
    public string? BuurtCode { get; set; }
    public string? BuurtNaam { get; set; }
    public string? Locatie { get; set; }
    public string? Organisatievorm { get; set; }
    public int AantalLeden { get; set; }
    public decimal? VerwachteKosten { get; set; }
    public string? ContactNaam { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactTelefoon { get; set; }
}
