using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BurgerberaadAanmeldingEntityTypeConfiguration : IEntityTypeConfiguration<BurgerberaadAanmelding>
{
    // The answers are read and written whole, one small object per volunteer: JSON in one text column on both providers.
    private static readonly ValueConverter<Dictionary<string, string>, string> AntwoordenConverter = new(
        d => JsonSerializer.Serialize(d, (JsonSerializerOptions?)null),
        json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>());

    private static readonly ValueComparer<Dictionary<string, string>> AntwoordenComparer = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.Count == b.Count && !a.Except(b).Any()),
        d => d.Aggregate(17, (hash, kv) => hash ^ HashCode.Combine(kv.Key, kv.Value)),
        d => new Dictionary<string, string>(d));

    public void Configure(EntityTypeBuilder<BurgerberaadAanmelding> builder)
    {
        builder.ToTable("BurgerberaadAanmeldingen");
        builder.Property(a => a.Pseudoniem).HasMaxLength(20).IsRequired();
        builder.Property(a => a.Naam).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.Telefoon).HasMaxLength(30);
        builder.Property(a => a.Beschikbaarheid).HasMaxLength(1000);
        builder.Property(a => a.ConversationIds).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.Property(a => a.Antwoorden).HasConversion(AntwoordenConverter, AntwoordenComparer).HasMaxLength(4000);
        builder.Property(a => a.Uitkomst).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.AdresId).IsUnique();
        builder.HasIndex(a => new { a.BeraadId, a.Pseudoniem }).IsUnique();
        builder.HasOne<Beraad>().WithMany().HasForeignKey(a => a.BeraadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BurgerberaadAdres>().WithMany().HasForeignKey(a => a.AdresId).OnDelete(DeleteBehavior.NoAction);
    }
}
