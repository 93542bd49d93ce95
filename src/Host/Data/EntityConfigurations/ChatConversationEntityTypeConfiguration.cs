using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class ChatConversationEntityTypeConfiguration : IEntityTypeConfiguration<ChatConversation>
{
    public void Configure(EntityTypeBuilder<ChatConversation> builder)
    {
        builder.ToTable("ChatConversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(64);
        builder.Property(c => c.UserId).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Locale).HasMaxLength(20);

        // Guards the watermark: two writers appending at once cannot both succeed.
        builder.Property(c => c.LaatsteVolgnummer).IsConcurrencyToken();
    }
}
