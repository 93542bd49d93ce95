using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class RegelsetConceptEntityTypeConfiguration : IEntityTypeConfiguration<RegelsetConcept>
{
    public void Configure(EntityTypeBuilder<RegelsetConcept> builder)
    {
        builder.ToTable("RegelsetConcepten");
        builder.Property(c => c.Regelset).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Json).IsRequired();
        builder.Property(c => c.Door).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Revisie).IsConcurrencyToken();
        builder.HasIndex(c => c.Regelset).IsUnique();
    }
}
