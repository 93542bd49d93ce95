using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class InitiatiefEntityTypeConfiguration : IEntityTypeConfiguration<Initiatief>
{
    public void Configure(EntityTypeBuilder<Initiatief> builder)
    {
        builder.ToTable("Initiatieven");
        builder.Property(i => i.Referentie).HasMaxLength(20).IsRequired();
        builder.HasIndex(i => i.Referentie).IsUnique();
        builder.Property(i => i.Titel).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Omschrijving).HasMaxLength(4000).IsRequired();
        builder.Property(i => i.VoorWie).HasMaxLength(500);
        builder.Property(i => i.MetWie).HasMaxLength(500);
        builder.Property(i => i.Thema).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.GevraagdeHulp).HasConversion(StringListConversion.Converter, StringListConversion.Comparer).HasMaxLength(1000);
        builder.Property(i => i.GeraamdBudget).HasPrecision(12, 2);
        builder.Property(i => i.GevraagdBedrag).HasPrecision(12, 2);
        builder.Property(i => i.EigenBijdrageGeld).HasPrecision(12, 2);
        builder.Property(i => i.ConversationId).HasMaxLength(100);
        builder.Property(i => i.WorkflowInstanceId).HasMaxLength(100);
        builder.Property(i => i.Idempotentiesleutel).HasMaxLength(100);
        builder.HasIndex(i => i.Idempotentiesleutel).IsUnique();
        builder.HasIndex(i => i.Status);
        builder.HasIndex(i => i.ConversationId);
        builder.HasOne(i => i.Buurt).WithMany().HasForeignKey(i => i.BuurtId);
        builder.HasOne(i => i.Bewoner).WithMany().HasForeignKey(i => i.BewonerId);
        builder.HasMany(i => i.StatusHistorie).WithOne().HasForeignKey(h => h.InitiatiefId);
    }
}
