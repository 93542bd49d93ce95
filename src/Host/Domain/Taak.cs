namespace Participatie.Host.Domain;

/// <summary>
/// A task for a role (e.g. the buurt's wijkcoördinator) or a named person, with a due date and the
/// outcomes to choose from. Completing it resumes the workflow that created it.
/// </summary>
public class Taak
{
    public int Id { get; set; }
    public required string Titel { get; set; }
    public string? Omschrijving { get; set; }

    /// <summary>The role that must act: wijkcoordinator, corporatie, afdeling, beleid, beheer, or a named body such as "wijkraad".</summary>
    public required string Rol { get; set; }

    /// <summary>User name of a specific person, when the task is for one person only.</summary>
    public string? ToegewezenAan { get; set; }

    public int? BuurtId { get; set; }
    public Buurt? Buurt { get; set; }
    public int? InitiatiefId { get; set; }
    public Initiatief? Initiatief { get; set; }
    public int? ProgrammaId { get; set; }

    public DateTime AangemaaktOp { get; set; }
    public DateTime VervalDatum { get; set; }
    public TaakStatus Status { get; set; }

    /// <summary>The outcomes the person can choose from; the chosen one becomes the workflow's port.</summary>
    public List<string> Uitkomsten { get; set; } = [];

    public string? Uitkomst { get; set; }
    public string? Toelichting { get; set; }
    public DateTime? AfgerondOp { get; set; }
    public string? AfgerondDoor { get; set; }

    /// <summary>When the reminder before the due date went out.</summary>
    public DateTime? HerinneringOp { get; set; }

    /// <summary>When the overdue task was escalated, and to which role.</summary>
    public DateTime? GeescaleerdOp { get; set; }
    public string? GeescaleerdNaar { get; set; }

    public string? WorkflowInstanceId { get; set; }
    public string? BookmarkId { get; set; }

    public bool IsTeLaat(DateTime nu) => Status == TaakStatus.Open && VervalDatum < nu;
}
