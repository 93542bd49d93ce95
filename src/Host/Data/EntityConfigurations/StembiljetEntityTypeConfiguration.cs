using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class StembiljetEntityTypeConfiguration : IEntityTypeConfiguration<Stembiljet>
{
    public void Configure(EntityTypeBuilder<Stembiljet> builder)
    {
        builder.ToTable("Stembiljetten");
        builder.Property(b => b.Projecten).HasConversion(StringListConversion.Converter, StringListConversion.Comparer).HasMaxLength(4000);
        builder.Property(b => b.Punten).HasConversion(IntListConversion.Converter, IntListConversion.Comparer).HasMaxLength(4000);
        builder.Property(b => b.Versie).IsConcurrencyToken();
        builder.HasIndex(b => b.StemcodeId).IsUnique();
        builder.HasIndex(b => b.RondeId);
        builder.HasOne<Stemcode>().WithMany().HasForeignKey(b => b.StemcodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BuurtbudgetRonde>().WithMany().HasForeignKey(b => b.RondeId).OnDelete(DeleteBehavior.NoAction);
    }
}
