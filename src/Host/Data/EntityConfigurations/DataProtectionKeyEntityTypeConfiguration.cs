using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Participatie.Host.Data.EntityConfigurations;

/// <summary>
/// ASP.NET Core's data-protection key ring, on PostgreSQL only: every node reads the same keys, so a staff cookie or a
/// Direct Line token issued by one node is accepted by all. (On SQLite — one node — the keys stay in the data folder.)
/// </summary>
internal sealed class DataProtectionKeyEntityTypeConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.Property(k => k.FriendlyName).HasMaxLength(200);
    }
}
