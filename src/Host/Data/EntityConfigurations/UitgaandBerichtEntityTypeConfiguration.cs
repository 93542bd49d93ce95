using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class UitgaandBerichtEntityTypeConfiguration : IEntityTypeConfiguration<UitgaandBericht>
{
    public void Configure(EntityTypeBuilder<UitgaandBericht> builder)
    {
        builder.ToTable("UitgaandeBerichten");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(32);
        builder.Property(b => b.Kanaal).HasMaxLength(20).IsRequired();
        builder.Property(b => b.Ontvanger).HasMaxLength(100).IsRequired();
        builder.Property(b => b.InhoudJson).IsRequired();
        builder.Property(b => b.WorkflowInstanceId).HasMaxLength(100);
        builder.Property(b => b.WorkflowVersie).HasMaxLength(100);
        builder.Property(b => b.LaatsteFout).HasMaxLength(2000);
        builder.Property(b => b.Pogingen).IsConcurrencyToken();
        builder.HasIndex(b => new { b.AfgeleverdOp, b.VolgendePogingOp });
        builder.HasOne(b => b.Sjabloon).WithMany().HasForeignKey(b => b.SjabloonId);
    }
}
