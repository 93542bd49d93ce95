using System.Text.Json.Nodes;
using Participatie.Workflows;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// Domain events a workflow can start on: an <c>Elsa.Event</c> marked <c>canStartWorkflow</c> with one of these names
/// starts an instance each time the event happens, so officials attach their own workflow to it in the designer.
/// Features raise them where they happen (after their own commit); each occurrence starts a workflow once, also when
/// it is raised again (an idempotent resubmission, a repair after a crash).
/// </summary>
public sealed partial class WerkstroomGebeurtenissen(WorkflowEngine engine, ILogger<WerkstroomGebeurtenissen> logger)
{
    public const string InitiatiefIngediend = "initiatief ingediend";

    /// <summary>The domain events, with what their payload holds (for the designer and the docs).</summary>
    public static readonly IReadOnlyList<Gebeurtenis> Bekend =
    [
        new(InitiatiefIngediend, "Een bewoner heeft een initiatief ingediend (na opslaan, voor de routering).",
            "Referentie", ["initiatiefId", "referentie", "titel", "buurtId", "thema", "gevraagdeHulp", "ingediendOp"]),
    ];

    /// <summary>Raises <paramref name="naam"/>: resumes waiting Event activities and starts the workflows that start on it.</summary>
    public async Task MeldAsync(string naam, string correlationId, JsonObject payload, string occurrenceId, CancellationToken ct)
    {
        try
        {
            var results = await engine.Runtime.TriggerEventAsync(naam, correlationId, payload, cancellationToken: ct, occurrenceId: occurrenceId);
            if (results.Count > 0)
            {
                LogRaised(naam, correlationId, results.Count);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An official's workflow must never block the domain (the intake of an initiative goes on).
            LogFailed(ex, naam, correlationId);
        }
    }

    public sealed record Gebeurtenis(string Naam, string Omschrijving, string Correlatie, IReadOnlyList<string> Gegevens);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event '{Name}' ({CorrelationId}) reached {Count} workflow instance(s)")]
    private partial void LogRaised(string name, string correlationId, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event '{Name}' ({CorrelationId}) could not be delivered to workflows")]
    private partial void LogFailed(Exception exception, string name, string correlationId);
}
