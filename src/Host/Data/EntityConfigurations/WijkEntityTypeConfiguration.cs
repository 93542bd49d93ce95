using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class WijkEntityTypeConfiguration : IEntityTypeConfiguration<Wijk>
{
    public void Configure(EntityTypeBuilder<Wijk> builder)
    {
        builder.ToTable("Wijken");
        builder.Property(w => w.Code).HasMaxLength(8).IsRequired();
        builder.HasIndex(w => w.Code).IsUnique();
        builder.Property(w => w.Naam).HasMaxLength(200).IsRequired();
        builder.Property(w => w.Wijkraad).HasMaxLength(200);
        builder.HasMany(w => w.Buurten).WithOne(b => b.Wijk!).HasForeignKey(b => b.WijkId);
    }
}
