using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class WorkflowDefinitionRecordEntityTypeConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRecord> builder)
    {
        builder.ToTable("WorkflowDefinitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(100);
        builder.Property(d => d.DefinitionId).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Json).IsRequired();
        builder.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
    }
}
