using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class WoningcorporatieEntityTypeConfiguration : IEntityTypeConfiguration<Woningcorporatie>
{
    public void Configure(EntityTypeBuilder<Woningcorporatie> builder)
    {
        builder.ToTable("Woningcorporaties");
        builder.Property(c => c.Naam).HasMaxLength(200).IsRequired();
        builder.HasIndex(c => c.Naam).IsUnique();
        builder.Property(c => c.Contact).HasMaxLength(200);
        builder.HasMany(c => c.Bezit).WithOne(b => b.Woningcorporatie!).HasForeignKey(b => b.WoningcorporatieId);
    }
}
