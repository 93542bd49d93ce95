using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BuurtPostcodeEntityTypeConfiguration : IEntityTypeConfiguration<BuurtPostcode>
{
    public void Configure(EntityTypeBuilder<BuurtPostcode> builder)
    {
        builder.ToTable("BuurtPostcodes");
        builder.Property(p => p.Postcode4).HasMaxLength(4).IsRequired();
        builder.HasIndex(p => new { p.Postcode4, p.BuurtId }).IsUnique();
    }
}
