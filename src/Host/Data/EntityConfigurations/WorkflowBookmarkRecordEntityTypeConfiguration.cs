using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class WorkflowBookmarkRecordEntityTypeConfiguration : IEntityTypeConfiguration<WorkflowBookmarkRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowBookmarkRecord> builder)
    {
        builder.ToTable("WorkflowBookmarks");
        builder.Property(b => b.InstanceId).HasMaxLength(100).IsRequired();
        builder.Property(b => b.BookmarkId).HasMaxLength(100).IsRequired();
        builder.Property(b => b.Name).HasMaxLength(200).IsRequired();
        builder.Property(b => b.Key).HasMaxLength(200);
        builder.Property(b => b.CorrelationId).HasMaxLength(200);
        builder.Property(b => b.Json).IsRequired();
        builder.HasIndex(b => new { b.Name, b.Key });
        builder.HasIndex(b => b.CorrelationId);
        builder.HasIndex(b => b.DueAt);
    }
}
