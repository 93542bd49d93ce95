using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BuurtbudgetProjectEntityTypeConfiguration : IEntityTypeConfiguration<BuurtbudgetProject>
{
    public void Configure(EntityTypeBuilder<BuurtbudgetProject> builder)
    {
        builder.ToTable("BuurtbudgetProjecten");
        builder.Property(p => p.Code).HasMaxLength(20).IsRequired();
        builder.Property(p => p.Titel).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Omschrijving).HasMaxLength(4000);
        builder.Property(p => p.Kosten).HasPrecision(14, 2);
        builder.HasIndex(p => new { p.RondeId, p.Code }).IsUnique();
        builder.HasOne<Initiatief>().WithMany().HasForeignKey(p => p.InitiatiefId).OnDelete(DeleteBehavior.SetNull);
    }
}
