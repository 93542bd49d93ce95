using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class InterventieEntityTypeConfiguration : IEntityTypeConfiguration<Interventie>
{
    public void Configure(EntityTypeBuilder<Interventie> builder)
    {
        builder.ToTable("Interventies");
        builder.Property(i => i.Titel).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Thema).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Doel).HasMaxLength(2000);
        builder.Property(i => i.Aanpak).HasMaxLength(2000);
        builder.Property(i => i.Partijen).HasMaxLength(1000);
        builder.Property(i => i.Leerpunten).HasMaxLength(4000);
        builder.Property(i => i.Succesfactoren).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.Property(i => i.Belemmeringen).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.Ignore(i => i.IsLopend);
        builder.HasOne(i => i.Buurt).WithMany().HasForeignKey(i => i.BuurtId);
    }
}
