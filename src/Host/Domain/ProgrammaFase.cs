namespace Participatie.Host.Domain;

/// <summary>One phase of a programme (analysis, selection, plan van aanpak, execution, proposal, advice).</summary>
public class ProgrammaFase
{
    public int Id { get; set; }
    public int ProgrammaId { get; set; }
    public int Volgorde { get; set; }

    /// <summary>Stable key, e.g. <c>analyse</c> or <c>selectie</c>.</summary>
    public required string Code { get; set; }

    public required string Naam { get; set; }
    public DateTime StartDatum { get; set; }

    /// <summary>The phase's deadline.</summary>
    public DateTime EindDatum { get; set; }

    public ProgrammaStatus Status { get; set; }
}
