using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class GemeenteEntityTypeConfiguration : IEntityTypeConfiguration<Gemeente>
{
    public void Configure(EntityTypeBuilder<Gemeente> builder)
    {
        builder.ToTable("Gemeenten");
        builder.Property(g => g.Code).HasMaxLength(6).IsRequired();
        builder.HasIndex(g => g.Code).IsUnique();
        builder.Property(g => g.Naam).HasMaxLength(200).IsRequired();
        builder.HasMany(g => g.Wijken).WithOne(w => w.Gemeente!).HasForeignKey(w => w.GemeenteId);
    }
}
