using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Accounts;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class StaffAccountEntityTypeConfiguration : IEntityTypeConfiguration<StaffAccount>
{
    public void Configure(EntityTypeBuilder<StaffAccount> builder)
    {
        builder.ToTable("StaffAccounts");
        builder.Property(a => a.Gebruikersnaam).HasMaxLength(100).IsRequired();
        builder.HasIndex(a => a.Gebruikersnaam).IsUnique();
        builder.Property(a => a.Naam).HasMaxLength(200).IsRequired();
        builder.Property(a => a.PasswordHash).HasMaxLength(500).IsRequired();
        builder.Property(a => a.SecurityStamp).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Rollen).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.Property(a => a.WijkCodes).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
    }
}
