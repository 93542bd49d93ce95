using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;

namespace Participatie.Host.Features.Regels;

/// <summary>Gives activities (which live as long as the engine) a fresh scope to build an initiative's rule input.</summary>
public sealed class InitiatiefRegelBron(IServiceScopeFactory scopes)
{
    public async Task<InitiatiefRegelInvoer> VoorInitiatiefAsync(int initiatiefId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
        var initiatief = await db.Initiatieven.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiatiefId, ct)
            ?? throw new InvalidOperationException($"Initiatief {initiatiefId} bestaat niet.");
        return await scope.ServiceProvider.GetRequiredService<RegelInvoerFactory>().InitiatiefAsync(initiatief, ct);
    }
}
