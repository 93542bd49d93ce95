using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BurgerberaadQuotumEntityTypeConfiguration : IEntityTypeConfiguration<BurgerberaadQuotum>
{
    public void Configure(EntityTypeBuilder<BurgerberaadQuotum> builder)
    {
        builder.ToTable("BurgerberaadQuota");
        builder.Property(q => q.Kenmerk).HasMaxLength(100).IsRequired();
        builder.Property(q => q.Waarde).HasMaxLength(100).IsRequired();
        builder.HasIndex(q => new { q.BeraadId, q.Kenmerk, q.Waarde }).IsUnique();
    }
}
