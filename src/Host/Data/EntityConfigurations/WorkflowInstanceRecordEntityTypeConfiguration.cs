using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class WorkflowInstanceRecordEntityTypeConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(100);
        builder.Property(i => i.DefinitionId).HasMaxLength(100).IsRequired();
        builder.Property(i => i.DefinitionVersionId).HasMaxLength(100).IsRequired();
        builder.Property(i => i.CorrelationId).HasMaxLength(200);
        builder.Property(i => i.Status).HasMaxLength(20).IsRequired();
        builder.Property(i => i.SubStatus).HasMaxLength(20).IsRequired();
        builder.Property(i => i.ParentInstanceId).HasMaxLength(100);
        builder.Property(i => i.ConcurrencyVersion).IsConcurrencyToken();
        builder.Property(i => i.Json).IsRequired();
        builder.HasIndex(i => new { i.DefinitionId, i.Status });
        builder.HasIndex(i => i.CorrelationId);
        builder.HasMany(i => i.Bookmarks).WithOne().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
