namespace Participatie.Host.Domain;

/// <summary>
/// A decision the rules took inside a workflow (support eligibility, routing, buurt selection), kept
/// with its full result tree so it can be explained later to the resident, staff or the board.
/// </summary>
public class RegelBeslissing
{
    public int Id { get; set; }
    public int? InitiatiefId { get; set; }
    public int? ProgrammaId { get; set; }
    public required string WorkflowInstanceId { get; set; }
    public required string ActivityId { get; set; }

    /// <summary>The rule set (RulesEngine workflow name), e.g. <c>ondersteuning</c>.</summary>
    public required string Regelset { get; set; }

    /// <summary>Version stamp of the rule set used (file name and content hash).</summary>
    public string? RegelsetVersie { get; set; }

    public DateTime Op { get; set; }

    /// <summary>The success events of the rules that passed.</summary>
    public List<string> Uitkomsten { get; set; } = [];

    /// <summary>The whole result tree as JSON: rule, success, explanation, children.</summary>
    public required string ResultaatJson { get; set; }
}
