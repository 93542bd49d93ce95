using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BewonerEntityTypeConfiguration : IEntityTypeConfiguration<Bewoner>
{
    public void Configure(EntityTypeBuilder<Bewoner> builder)
    {
        builder.ToTable("Bewoners");
        builder.Property(b => b.Naam).HasMaxLength(200).IsRequired();
        builder.Property(b => b.Email).HasMaxLength(254);
        builder.Property(b => b.Telefoon).HasMaxLength(30);
        builder.Property(b => b.Postcode).HasMaxLength(7);
    }
}
