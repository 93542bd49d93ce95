using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class TaakEntityTypeConfiguration : IEntityTypeConfiguration<Taak>
{
    public void Configure(EntityTypeBuilder<Taak> builder)
    {
        builder.ToTable("Taken");
        builder.Property(t => t.Titel).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Omschrijving).HasMaxLength(4000);
        builder.Property(t => t.Rol).HasMaxLength(50).IsRequired();
        builder.Property(t => t.ToegewezenAan).HasMaxLength(100);
        // The status is the concurrency token: a completion writes only over the "Open" it read, so of two
        // simultaneous completions exactly one commits.
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(t => t.Uitkomsten).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.Property(t => t.Uitkomst).HasMaxLength(100);
        builder.Property(t => t.Toelichting).HasMaxLength(4000);
        builder.Property(t => t.AfgerondDoor).HasMaxLength(100);
        builder.Property(t => t.WorkflowInstanceId).HasMaxLength(100);
        builder.Property(t => t.BookmarkId).HasMaxLength(100);
        builder.Property(t => t.GeescaleerdNaar).HasMaxLength(50);
        builder.HasIndex(t => t.BookmarkId);
        builder.HasIndex(t => new { t.Status, t.Rol });
        builder.HasOne(t => t.Buurt).WithMany().HasForeignKey(t => t.BuurtId);
        builder.HasOne(t => t.Initiatief).WithMany().HasForeignKey(t => t.InitiatiefId);
    }
}
