namespace Participatie.Host.Domain;

/// <summary>
/// A message to a resident waiting in the outbox. It is written in the same transaction as the workflow step
/// that sends it, and delivered after that commit — retried until delivered, exactly once per <see cref="Id"/>.
/// </summary>
public class UitgaandBericht
{
    /// <summary>The message id (32 hex characters); delivery is idempotent per id.</summary>
    public required string Id { get; set; }

    /// <summary>How it leaves: <see cref="KanaalChat"/> today; e-mail later.</summary>
    public required string Kanaal { get; set; }

    public const string KanaalChat = "chat";

    /// <summary>The chat conversation (for <see cref="KanaalChat"/>).</summary>
    public required string Ontvanger { get; set; }

    /// <summary>What to say, as JSON (for chat: the initiative update).</summary>
    public required string InhoudJson { get; set; }

    public int? InitiatiefId { get; set; }

    /// <summary>The workflow instance and definition version that sent it, for the record.</summary>
    public string? WorkflowInstanceId { get; set; }

    public string? WorkflowVersie { get; set; }

    /// <summary>The approved template the text came from; a message whose text is not (yet) approved waits and is not delivered.</summary>
    public int? SjabloonId { get; set; }

    public BerichtSjabloon? Sjabloon { get; set; }

    public DateTime AangemaaktOp { get; set; }

    /// <summary>Delivery attempts so far; also the concurrency token, so two dispatchers cannot both deliver it.</summary>
    public int Pogingen { get; set; }

    public DateTime VolgendePogingOp { get; set; }

    public DateTime? AfgeleverdOp { get; set; }

    /// <summary>Why the last attempt failed, or why the message could not be delivered at all.</summary>
    public string? LaatsteFout { get; set; }
}
