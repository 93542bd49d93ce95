using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class InitiatiefStatusWijzigingEntityTypeConfiguration : IEntityTypeConfiguration<InitiatiefStatusWijziging>
{
    public void Configure(EntityTypeBuilder<InitiatiefStatusWijziging> builder)
    {
        builder.ToTable("InitiatiefStatusHistorie");
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.Toelichting).HasMaxLength(2000);
        builder.Property(h => h.Door).HasMaxLength(100);
    }
}
