namespace Participatie.Host.Domain;

/// <summary>A doe-democratie programme of a gemeente and its corporations, run in dated phases.</summary>
public class Programma
{
    public int Id { get; set; }
    public required string Naam { get; set; }
    public string? Omschrijving { get; set; }
    public int GemeenteId { get; set; }
    public Gemeente? Gemeente { get; set; }
    public DateTime StartDatum { get; set; }
    public DateTime EindDatum { get; set; }
    public ProgrammaStatus Status { get; set; }
    public List<ProgrammaFase> Fases { get; set; } = [];
    public List<ProgrammaBuurt> GeselecteerdeBuurten { get; set; } = [];

    /// <summary>The lifecycle workflow instance, once the programme is started.</summary>
    public string? WorkflowInstanceId { get; set; }
}
