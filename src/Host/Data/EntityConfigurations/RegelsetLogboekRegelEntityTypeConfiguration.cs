using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class RegelsetLogboekRegelEntityTypeConfiguration : IEntityTypeConfiguration<RegelsetLogboekRegel>
{
    public void Configure(EntityTypeBuilder<RegelsetLogboekRegel> builder)
    {
        builder.ToTable("RegelsetLogboek");
        builder.HasKey(r => r.Volgnummer);
        builder.Property(r => r.Volgnummer).ValueGeneratedNever();
        builder.Property(r => r.Door).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Actie).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Regelset).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Toelichting).HasMaxLength(500);
        builder.Property(r => r.VorigeHash).HasMaxLength(64);
        builder.Property(r => r.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(r => r.Regelset);
    }
}
