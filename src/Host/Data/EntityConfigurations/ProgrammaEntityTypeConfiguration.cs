using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class ProgrammaEntityTypeConfiguration : IEntityTypeConfiguration<Programma>
{
    public void Configure(EntityTypeBuilder<Programma> builder)
    {
        builder.ToTable("Programmas");
        builder.Property(p => p.Naam).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Omschrijving).HasMaxLength(4000);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.WorkflowInstanceId).HasMaxLength(100);
        builder.HasOne(p => p.Gemeente).WithMany().HasForeignKey(p => p.GemeenteId);
        builder.HasMany(p => p.Fases).WithOne().HasForeignKey(f => f.ProgrammaId);
        builder.HasMany(p => p.GeselecteerdeBuurten).WithOne().HasForeignKey(b => b.ProgrammaId);
    }
}
