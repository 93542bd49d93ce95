using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BuurtbudgetVoorstelEntityTypeConfiguration : IEntityTypeConfiguration<BuurtbudgetVoorstel>
{
    public void Configure(EntityTypeBuilder<BuurtbudgetVoorstel> builder)
    {
        builder.ToTable("BuurtbudgetVoorstellen");
        builder.Property(v => v.Titel).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Omschrijving).HasMaxLength(4000).IsRequired();
        builder.Property(v => v.Plek).HasMaxLength(200);
        builder.Property(v => v.Kosten).HasPrecision(14, 2);
        builder.Property(v => v.IndienerNaam).HasMaxLength(200);
        builder.Property(v => v.IndienerContact).HasMaxLength(200);
        builder.Property(v => v.Bron).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Redenen).HasConversion(StringListConversion.Converter, StringListConversion.Comparer).HasMaxLength(4000);
        builder.HasIndex(v => v.RondeId);
        builder.HasOne<BuurtbudgetRonde>().WithMany().HasForeignKey(v => v.RondeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Initiatief>().WithMany().HasForeignKey(v => v.InitiatiefId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(v => v.BeoordelingTaak).WithMany().HasForeignKey(v => v.BeoordelingTaakId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(v => v.Project).WithMany().HasForeignKey(v => v.ProjectId).OnDelete(DeleteBehavior.NoAction);
    }
}
