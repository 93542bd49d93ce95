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

internal sealed class UitwisselingAfmeldingEntityTypeConfiguration : IEntityTypeConfiguration<UitwisselingAfmelding>
{
    public void Configure(EntityTypeBuilder<UitwisselingAfmelding> builder)
    {
        builder.ToTable("UitwisselingAfmeldingen");
        builder.HasKey(a => a.InitiatiefId);
        builder.HasOne(a => a.Initiatief).WithMany().HasForeignKey(a => a.InitiatiefId).OnDelete(DeleteBehavior.Cascade);
    }
}
