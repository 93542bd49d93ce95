namespace Participatie.Host.Domain;

/// <summary>A bewonersinitiatief: an idea residents carry out for their buurt, with the support they ask for.</summary>
public class Initiatief
{
    public int Id { get; set; }

    /// <summary>The number the resident gets, e.g. <c>INI-2026-0042</c>.</summary>
    public required string Referentie { get; set; }

    public required string Titel { get; set; }
    public required string Omschrijving { get; set; }
    public int BuurtId { get; set; }
    public Buurt? Buurt { get; set; }
    public Thema Thema { get; set; }

    public string? VoorWie { get; set; }
    public string? MetWie { get; set; }
    public int AantalDeelnemers { get; set; }

    /// <summary>Neighbours who signed in support.</summary>
    public int AantalHandtekeningen { get; set; }

    /// <summary>Codes of the kinds of help asked for (<see cref="Hulpsoort.Code"/>), in catalogue order.</summary>
    public List<string> GevraagdeHulp { get; set; } = [];

    public decimal GeraamdBudget { get; set; }
    public decimal GevraagdBedrag { get; set; }
    public decimal EigenBijdrageGeld { get; set; }
    public int EigenBijdrageUren { get; set; }
    public bool EigenBijdrageMaterialen { get; set; }

    /// <summary>False when residents want the municipality to take the task up the usual way.</summary>
    public bool WilZelfUitvoeren { get; set; } = true;

    public bool IsCommercieel { get; set; }
    public bool IsPolitiek { get; set; }
    public bool IsReligieus { get; set; }
    public bool CorporatieBetrokken { get; set; }

    public DateTime? StartDatum { get; set; }
    public DateTime IngediendOp { get; set; }

    public InitiatiefStatus Status { get; set; }
    public List<InitiatiefStatusWijziging> StatusHistorie { get; set; } = [];

    public int? BewonerId { get; set; }
    public Bewoner? Bewoner { get; set; }

    /// <summary>The chat conversation it came from, so notifications find their way back.</summary>
    public string? ConversationId { get; set; }

    /// <summary>Set by the chat intake so a confirmation processed twice creates one initiative.</summary>
    public string? Idempotentiesleutel { get; set; }

    /// <summary>The routing workflow instance that handles this initiative.</summary>
    public string? WorkflowInstanceId { get; set; }

    /// <summary>Moves the initiative to <paramref name="status"/> and records the change.</summary>
    public void ZetStatus(InitiatiefStatus status, DateTime op, string? door, string? toelichting = null)
    {
        Status = status;
        StatusHistorie.Add(new InitiatiefStatusWijziging { Status = status, Op = op, Door = door, Toelichting = toelichting });
    }
}
