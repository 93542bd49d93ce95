using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class RegelsetVersieEntityTypeConfiguration : IEntityTypeConfiguration<RegelsetVersie>
{
    public void Configure(EntityTypeBuilder<RegelsetVersie> builder)
    {
        builder.ToTable("RegelsetVersies");
        builder.Property(v => v.Regelset).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Json).IsRequired();
        builder.Property(v => v.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(v => v.Door).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Toelichting).HasMaxLength(500);
        builder.Property(v => v.Bron).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(v => new { v.Regelset, v.Nummer }).IsUnique();
    }
}
