using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class UitwisselmomentEntityTypeConfiguration : IEntityTypeConfiguration<Uitwisselmoment>
{
    public void Configure(EntityTypeBuilder<Uitwisselmoment> builder)
    {
        builder.ToTable("Uitwisselmomenten");
        builder.Property(u => u.Thema).HasConversion<string>().HasMaxLength(30);
        builder.Property(u => u.Plaats).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Omschrijving).HasMaxLength(2000);
        builder.Property(u => u.GeplandDoor).HasMaxLength(100).IsRequired();
        builder.Property(u => u.UitgenodigdeInitiatieven).HasConversion(
            v => string.Join(',', v),
            v => v.Length == 0 ? new List<int>() : v.Split(',', StringSplitOptions.None).Select(int.Parse).ToList(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<int>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList()));
    }
}
