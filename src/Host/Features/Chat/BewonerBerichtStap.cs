using Participatie.Bot.Diensten;
using Participatie.Host.Data;
using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows.Activities;

namespace Participatie.Host.Features.Chat;

/// <summary>Where a message to a resident goes: the conversation, and the message as the chat shows it.</summary>
public readonly record struct BewonerBericht(string ConversationId, InitiatiefMelding Melding);

/// <summary>
/// How a workflow activity sends a resident a message: placed in the outbox (<see cref="UitgaandeBerichten"/>) within
/// the step's transaction and delivered after its commit, so a crash in between delays it, never loses it, and a step
/// that does not commit sends nothing. Only approved texts reach residents: a new text is proposed to beheer and the
/// message waits for it.
/// </summary>
public static class BewonerBerichtStap
{
    /// <param name="zoek">Finds, inside the step's transaction (tracked, so changes made earlier in the same step count),
    /// the conversation and the filled-in message; <c>null</c> when there is nobody to tell.</param>
    public static void Plaats(ActivityExecutionContext context, string bericht, int? initiatiefId,
        Func<ParticipatieDbContext, CancellationToken, Task<BewonerBericht?>> zoek)
    {
        var outbox = context.GetRequiredService<UitgaandeBerichten>();
        var sjablonen = context.GetRequiredService<BerichtSjablonen>();
        var instanceId = context.InstanceId;
        var versie = $"{context.DefinitionId} v{context.Instance.Version}";
        string? berichtId = null;
        context.InCommit(async (commit, ct) =>
        {
            var db = commit.Db();
            if (await zoek(db, ct) is { } ontvanger)
            {
                var sjabloon = await sjablonen.VindOfStelVoorAsync(db, bericht, versie, ct);
                berichtId = outbox.PlaatsChat(db, ontvanger.ConversationId, ontvanger.Melding, initiatiefId, instanceId, versie, sjabloon);
            }
        });
        context.AfterCommit(ct => berichtId is null ? Task.CompletedTask : outbox.BezorgAsync(berichtId, ct));
    }
}
