namespace Participatie.Host.Domain;

/// <summary>
/// Residents challenge the municipality to let them take over a municipal task ("wij willen het groenonderhoud van
/// ons plein overnemen"). The rules decide whether it is admissible; staff assess what the municipality spends now,
/// the college decides, an agreement transfers a budget, and the take-over is evaluated periodically.
/// </summary>
public class UitdaagrechtVerzoek
{
    public int Id { get; set; }

    /// <summary>The number the residents get, e.g. <c>UDR-2026-0007</c>.</summary>
    public required string Referentie { get; set; }

    /// <summary>The task in the residents' words.</summary>
    public required string Taak { get; set; }

    /// <summary>The kind of municipal task recognised in it (groenonderhoud, …), null when it is none the catalogue knows.</summary>
    public string? Taaksoort { get; set; }

    public int? BuurtId { get; set; }
    public Buurt? Buurt { get; set; }

    /// <summary>Where exactly (a square, a street), in their words.</summary>
    public string? Locatie { get; set; }

    /// <summary>vereniging, stichting, cooperatie, informeel (a group without legal form).</summary>
    public required string Organisatievorm { get; set; }
    public string? GroepNaam { get; set; }
    public int AantalLeden { get; set; }

    /// <summary>What the residents expect the task costs a year; null when they do not know.</summary>
    public decimal? VerwachteKosten { get; set; }

    public string? ContactNaam { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactTelefoon { get; set; }

    /// <summary>The chat conversation and user it came from: notifications go there, and the status is asked there.</summary>
    public string? ConversationId { get; set; }
    public string? UserId { get; set; }

    public DateTime IngediendOp { get; set; }
    public UitdaagrechtStatus Status { get; set; }
    public DateTime StatusGewijzigdOp { get; set; }
    public string? StatusToelichting { get; set; }

    /// <summary>Why the request is (not) admissible, in the rules' words.</summary>
    public List<string> OntvankelijkheidRedenen { get; set; } = [];

    // Assessment (by the department).
    public decimal? HuidigeUitgaven { get; set; }
    public string? Kwaliteit { get; set; }
    public string? Continuiteit { get; set; }

    // Decision (by the college).
    public string? Besluit { get; set; }
    public DateTime? BesluitOp { get; set; }

    // Agreement with the budget transfer.
    public decimal? OvergedragenBudget { get; set; }
    public DateTime? IngangsDatum { get; set; }

    public int AantalEvaluaties { get; set; }
    public DateTime? LaatsteEvaluatieOp { get; set; }
    public string? LaatsteEvaluatie { get; set; }

    public string? WorkflowInstanceId { get; set; }

    public void ZetStatus(UitdaagrechtStatus status, DateTime op, string? toelichting)
    {
        Status = status;
        StatusGewijzigdOp = op;
        StatusToelichting = toelichting;
    }
}
