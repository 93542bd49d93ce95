using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class StemcodeEntityTypeConfiguration : IEntityTypeConfiguration<Stemcode>
{
    public void Configure(EntityTypeBuilder<Stemcode> builder)
    {
        builder.ToTable("Stemcodes");
        builder.Property(c => c.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(c => c.Hash).IsUnique();
        builder.HasOne<BuurtbudgetRonde>().WithMany().HasForeignKey(c => c.RondeId).OnDelete(DeleteBehavior.Cascade);
    }
}
