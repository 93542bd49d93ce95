using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class ProgrammaFaseEntityTypeConfiguration : IEntityTypeConfiguration<ProgrammaFase>
{
    public void Configure(EntityTypeBuilder<ProgrammaFase> builder)
    {
        builder.ToTable("ProgrammaFases");
        builder.Property(f => f.Code).HasMaxLength(40).IsRequired();
        builder.Property(f => f.Naam).HasMaxLength(200).IsRequired();
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(f => new { f.ProgrammaId, f.Code }).IsUnique();
    }
}
