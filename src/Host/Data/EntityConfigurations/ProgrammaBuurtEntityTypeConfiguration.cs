using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class ProgrammaBuurtEntityTypeConfiguration : IEntityTypeConfiguration<ProgrammaBuurt>
{
    public void Configure(EntityTypeBuilder<ProgrammaBuurt> builder)
    {
        builder.ToTable("ProgrammaBuurten");
        builder.Property(b => b.Redenen).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.HasIndex(b => new { b.ProgrammaId, b.BuurtId }).IsUnique();
        builder.HasOne(b => b.Buurt).WithMany().HasForeignKey(b => b.BuurtId);
    }
}
