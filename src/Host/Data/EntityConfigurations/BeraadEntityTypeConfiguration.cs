using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BeraadEntityTypeConfiguration : IEntityTypeConfiguration<Beraad>
{
    public void Configure(EntityTypeBuilder<Beraad> builder)
    {
        builder.ToTable("Burgerberaden");
        builder.Property(b => b.Thema).HasMaxLength(300).IsRequired();
        builder.Property(b => b.GebiedCode).HasMaxLength(20).IsRequired();
        builder.Property(b => b.GebiedNaam).HasMaxLength(200).IsRequired();
        builder.Property(b => b.SelectieStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Conflict).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.Property(b => b.Versoepeling).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.HasIndex(b => b.SelectieStatus);
        builder.HasMany(b => b.Quota).WithOne().HasForeignKey(q => q.BeraadId).OnDelete(DeleteBehavior.Cascade);
    }
}
