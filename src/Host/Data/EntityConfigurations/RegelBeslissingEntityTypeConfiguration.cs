using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class RegelBeslissingEntityTypeConfiguration : IEntityTypeConfiguration<RegelBeslissing>
{
    public void Configure(EntityTypeBuilder<RegelBeslissing> builder)
    {
        builder.ToTable("RegelBeslissingen");
        builder.Property(b => b.WorkflowInstanceId).HasMaxLength(100).IsRequired();
        builder.Property(b => b.ActivityId).HasMaxLength(100).IsRequired();
        builder.Property(b => b.Regelset).HasMaxLength(100).IsRequired();
        builder.Property(b => b.RegelsetVersie).HasMaxLength(100);
        builder.Property(b => b.Uitkomsten).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.Property(b => b.ResultaatJson).IsRequired();
        builder.HasIndex(b => b.InitiatiefId);
        builder.HasIndex(b => b.ProgrammaId);
    }
}
