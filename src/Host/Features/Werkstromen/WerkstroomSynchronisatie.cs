using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Nodes;
using Participatie.Workflows;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// Keeps this node's cached workflow definitions in step with the database when another node (or the command line)
/// saves, publishes or deletes one: at once on that node's signal (<see cref="NodeChannels.Werkstromen"/>,
/// PostgreSQL), and every few seconds when the definitions' fingerprint (how many, the newest save, how many are
/// published) changed, the safety net for a lost signal.
/// </summary>
public sealed partial class WerkstroomSynchronisatie(
    WorkflowEngine engine,
    IDbContextFactory<ParticipatieDbContext> contexts,
    INodeSignals signals,
    TimeProvider clock,
    ILogger<WerkstroomSynchronisatie> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private (int Aantal, DateTime? Laatste, int Gepubliceerd)? vingerafdruk;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Forgetting is cheap; the next start reads the store.
        using var subscription = signals.Subscribe(NodeChannels.Werkstromen, _ => engine.Definitions.ForgetCached());
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(stoppingToken);
                var nu = (
                    await db.WorkflowDefinitions.CountAsync(stoppingToken),
                    await db.WorkflowDefinitions.MaxAsync(d => (DateTime?)d.OpgeslagenOp, stoppingToken),
                    await db.WorkflowDefinitions.CountAsync(d => d.IsPublished, stoppingToken));
                if (vingerafdruk is { } vorige && vorige != nu)
                {
                    engine.Definitions.ForgetCached();
                    LogChanged();
                }

                vingerafdruk = nu;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow definitions changed in the database; cached definitions forgotten")]
    private partial void LogChanged();

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the workflow definitions for changes failed")]
    private partial void LogFailed(Exception exception);
}
