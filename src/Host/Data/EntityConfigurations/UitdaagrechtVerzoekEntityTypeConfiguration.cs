using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class UitdaagrechtVerzoekEntityTypeConfiguration : IEntityTypeConfiguration<UitdaagrechtVerzoek>
{
    public void Configure(EntityTypeBuilder<UitdaagrechtVerzoek> builder)
    {
        builder.ToTable("UitdaagrechtVerzoeken");
        builder.Property(v => v.Referentie).HasMaxLength(40).IsRequired();
        builder.HasIndex(v => v.Referentie).IsUnique();
        builder.Property(v => v.Taak).HasMaxLength(1000).IsRequired();
        builder.Property(v => v.Taaksoort).HasMaxLength(50);
        builder.Property(v => v.Locatie).HasMaxLength(200);
        builder.Property(v => v.Organisatievorm).HasMaxLength(30).IsRequired();
        builder.Property(v => v.GroepNaam).HasMaxLength(200);
        builder.Property(v => v.VerwachteKosten).HasPrecision(12, 2);
        builder.Property(v => v.ContactNaam).HasMaxLength(200);
        builder.Property(v => v.ContactEmail).HasMaxLength(200);
        builder.Property(v => v.ContactTelefoon).HasMaxLength(40);
        builder.Property(v => v.ConversationId).HasMaxLength(100);
        builder.Property(v => v.UserId).HasMaxLength(200);
        builder.HasIndex(v => v.ConversationId);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.StatusToelichting).HasMaxLength(2000);
        builder.Property(v => v.OntvankelijkheidRedenen).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.Property(v => v.HuidigeUitgaven).HasPrecision(12, 2);
        builder.Property(v => v.Kwaliteit).HasMaxLength(2000);
        builder.Property(v => v.Continuiteit).HasMaxLength(2000);
        builder.Property(v => v.Besluit).HasMaxLength(2000);
        builder.Property(v => v.OvergedragenBudget).HasPrecision(12, 2);
        builder.Property(v => v.LaatsteEvaluatie).HasMaxLength(2000);
        builder.Property(v => v.WorkflowInstanceId).HasMaxLength(100);
        builder.HasOne(v => v.Buurt).WithMany().HasForeignKey(v => v.BuurtId);
    }
}
