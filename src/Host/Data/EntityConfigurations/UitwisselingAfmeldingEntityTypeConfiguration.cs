using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participatie.Host.Domain;

namespace Participatie.Host.Data.EntityConfigurations;

internal sealed class UitwisselingAfmeldingEntityTypeConfiguration : IEntityTypeConfiguration<UitwisselingAfmelding>
{
    public void Configure(EntityTypeBuilder<UitwisselingAfmelding> builder)
    {
        builder.ToTable("UitwisselingAfmeldingen");
        builder.HasKey(a => a.InitiatiefId);
        builder.HasOne(a => a.Initiatief).WithMany().HasForeignKey(a => a.InitiatiefId).OnDelete(DeleteBehavior.Cascade);
    }
}
