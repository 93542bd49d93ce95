using Microsoft.EntityFrameworkCore;

namespace Participatie.Host.Data;

/// <summary>Serves a provider's own context type wherever the Host asks for <see cref="ParticipatieDbContext"/>.</summary>
internal sealed class CommonContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ParticipatieDbContext>
    where TContext : ParticipatieDbContext
{
    public ParticipatieDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<ParticipatieDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
