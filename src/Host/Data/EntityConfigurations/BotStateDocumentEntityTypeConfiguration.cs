using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class BotStateDocumentEntityTypeConfiguration : IEntityTypeConfiguration<BotStateDocument>
{
    public void Configure(EntityTypeBuilder<BotStateDocument> builder)
    {
        builder.ToTable("BotState");
        builder.HasKey(d => d.Key);
        builder.Property(d => d.Key).HasMaxLength(300);
        builder.Property(d => d.Json).IsRequired();
        builder.Property(d => d.ETag).HasMaxLength(40).IsRequired().IsConcurrencyToken();
    }
}
