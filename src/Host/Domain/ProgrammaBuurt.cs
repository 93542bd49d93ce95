namespace Participatie.Host.Domain;

/// <summary>A buurt the programme selected, with its rank, score and the reasons the selection rules gave.</summary>
public class ProgrammaBuurt
{
    public int Id { get; set; }
    public int ProgrammaId { get; set; }
    public int BuurtId { get; set; }
    public Buurt? Buurt { get; set; }
    public int Rang { get; set; }
    public double Score { get; set; }
    public List<string> Redenen { get; set; } = [];
}
