using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BurgerberaadAdresEntityTypeConfiguration : IEntityTypeConfiguration<BurgerberaadAdres>
{
    public void Configure(EntityTypeBuilder<BurgerberaadAdres> builder)
    {
        builder.ToTable("BurgerberaadAdressen");
        builder.Property(a => a.Postcode).HasMaxLength(7).IsRequired();
        builder.Property(a => a.Toevoeging).HasMaxLength(20);
        builder.Property(a => a.Straat).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Woonplaats).HasMaxLength(100).IsRequired();
        builder.Property(a => a.CodeHash).HasMaxLength(64);
        builder.HasIndex(a => a.CodeHash).IsUnique();
        builder.HasIndex(a => a.BeraadId);
        builder.HasOne<Beraad>().WithMany().HasForeignKey(a => a.BeraadId).OnDelete(DeleteBehavior.Cascade);
    }
}
