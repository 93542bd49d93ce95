using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BuurtbudgetRondeEntityTypeConfiguration : IEntityTypeConfiguration<BuurtbudgetRonde>
{
    public void Configure(EntityTypeBuilder<BuurtbudgetRonde> builder)
    {
        builder.ToTable("BuurtbudgetRondes");
        builder.Property(r => r.Naam).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Budget).HasPrecision(14, 2);
        builder.Property(r => r.MaxBedrag).HasPrecision(14, 2);
        builder.Property(r => r.Fase).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.WorkflowInstanceId).HasMaxLength(100);
        builder.HasOne(r => r.Buurt).WithMany().HasForeignKey(r => r.BuurtId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Projecten).WithOne().HasForeignKey(p => p.RondeId).OnDelete(DeleteBehavior.Cascade);
    }
}
