using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Participatie.Host.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ParticipatieDbContext>
{
    public ParticipatieDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ParticipatieDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options;
        return new ParticipatieDbContext(options);
    }
}
