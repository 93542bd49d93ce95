using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class PersoonsgegevensInzageEntityTypeConfiguration : IEntityTypeConfiguration<PersoonsgegevensInzage>
{
    public void Configure(EntityTypeBuilder<PersoonsgegevensInzage> builder)
    {
        builder.ToTable("PersoonsgegevensInzages");
        builder.Property(i => i.Door).HasMaxLength(100).IsRequired();
        builder.Property(i => i.Rollen).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Wat).HasMaxLength(100).IsRequired();
        builder.Property(i => i.Onderwerp).HasMaxLength(100);
        builder.HasIndex(i => i.InitiatiefId);
        builder.HasIndex(i => i.Op);
    }
}
