using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class ContactVerzoekEntityTypeConfiguration : IEntityTypeConfiguration<ContactVerzoek>
{
    public void Configure(EntityTypeBuilder<ContactVerzoek> builder)
    {
        builder.ToTable("ContactVerzoeken");
        builder.Property(c => c.AangevraagdDoor).HasMaxLength(100).IsRequired();
        builder.Property(c => c.IngetrokkenDoor).HasMaxLength(100);
        // The status is the concurrency token: two answers at once cannot both move the same request.
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.HasIndex(c => new { c.VanInitiatiefId, c.NaarInitiatiefId });
        builder.HasOne(c => c.VanInitiatief).WithMany().HasForeignKey(c => c.VanInitiatiefId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.NaarInitiatief).WithMany().HasForeignKey(c => c.NaarInitiatiefId).OnDelete(DeleteBehavior.Cascade);
    }
}
