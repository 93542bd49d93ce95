using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BerichtSjabloonEntityTypeConfiguration : IEntityTypeConfiguration<BerichtSjabloon>
{
    public void Configure(EntityTypeBuilder<BerichtSjabloon> builder)
    {
        builder.ToTable("BerichtSjablonen");
        builder.Property(s => s.Tekst).HasMaxLength(4000).IsRequired();
        builder.Property(s => s.TekstHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => s.TekstHash).IsUnique();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Herkomst).HasMaxLength(200).IsRequired();
        builder.Property(s => s.BeoordeeldDoor).HasMaxLength(100);
        builder.Property(s => s.Reden).HasMaxLength(1000);
    }
}
