using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class ChatActivityEntityTypeConfiguration : IEntityTypeConfiguration<ChatActivity>
{
    public void Configure(EntityTypeBuilder<ChatActivity> builder)
    {
        builder.ToTable("ChatActivities");
        builder.Property(a => a.ConversationId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.ActivityId).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Json).IsRequired();
        builder.HasIndex(a => new { a.ConversationId, a.Volgnummer }).IsUnique();
        // The sweep looks for confidential activities not yet redacted.
        builder.HasIndex(a => new { a.Vertrouwelijk, a.GeredigeerdOp });
        builder.HasOne<ChatConversation>().WithMany().HasForeignKey(a => a.ConversationId);
    }
}
