using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BuurtEntityTypeConfiguration : IEntityTypeConfiguration<Buurt>
{
    public void Configure(EntityTypeBuilder<Buurt> builder)
    {
        builder.ToTable("Buurten");
        builder.Property(b => b.Code).HasMaxLength(10).IsRequired();
        builder.HasIndex(b => b.Code).IsUnique();
        builder.Property(b => b.Naam).HasMaxLength(200).IsRequired();
        builder.HasMany(b => b.Postcodes).WithOne(p => p.Buurt!).HasForeignKey(p => p.BuurtId);
        builder.HasMany(b => b.CorporatieBezit).WithOne(c => c.Buurt!).HasForeignKey(c => c.BuurtId);
    }
}
