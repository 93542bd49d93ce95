using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class CorporatieBezitEntityTypeConfiguration : IEntityTypeConfiguration<CorporatieBezit>
{
    public void Configure(EntityTypeBuilder<CorporatieBezit> builder)
    {
        builder.ToTable("CorporatieBezit");
        builder.HasIndex(b => new { b.BuurtId, b.WoningcorporatieId }).IsUnique();
    }
}
