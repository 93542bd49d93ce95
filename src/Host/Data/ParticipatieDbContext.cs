using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data.EntityConfigurations;
using Participatie.Host.Domain;

namespace Participatie.Host.Data;

/// <summary>
/// The database of Participatie. This type runs on SQLite (its migrations are in Data/Migrations);
/// <see cref="PostgresParticipatieDbContext"/> runs the same model on PostgreSQL with migrations of its own.
/// </summary>
public class ParticipatieDbContext : DbContext
{
    public ParticipatieDbContext(DbContextOptions<ParticipatieDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type (its migrations are found by that type).</summary>
    protected ParticipatieDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Gemeente> Gemeenten => Set<Gemeente>();
    public DbSet<Wijk> Wijken => Set<Wijk>();
    public DbSet<Buurt> Buurten => Set<Buurt>();
    public DbSet<BuurtPostcode> BuurtPostcodes => Set<BuurtPostcode>();
    public DbSet<Woningcorporatie> Woningcorporaties => Set<Woningcorporatie>();
    public DbSet<CorporatieBezit> CorporatieBezit => Set<CorporatieBezit>();
    public DbSet<Bewoner> Bewoners => Set<Bewoner>();
    public DbSet<Initiatief> Initiatieven => Set<Initiatief>();
    public DbSet<InitiatiefStatusWijziging> InitiatiefStatusWijzigingen => Set<InitiatiefStatusWijziging>();
    public DbSet<Interventie> Interventies => Set<Interventie>();
    public DbSet<Programma> Programmas => Set<Programma>();
    public DbSet<ProgrammaFase> ProgrammaFases => Set<ProgrammaFase>();
    public DbSet<Taak> Taken => Set<Taak>();

    public DbSet<UitgaandBericht> UitgaandeBerichten => Set<UitgaandBericht>();

    public DbSet<PersoonsgegevensInzage> PersoonsgegevensInzages => Set<PersoonsgegevensInzage>();

    public DbSet<BerichtSjabloon> BerichtSjablonen => Set<BerichtSjabloon>();
    public DbSet<RegelBeslissing> RegelBeslissingen => Set<RegelBeslissing>();
    public DbSet<ProgrammaBuurt> ProgrammaBuurten => Set<ProgrammaBuurt>();
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();
    public DbSet<ChatConversation> ChatConversations => Set<ChatConversation>();
    public DbSet<ChatActivity> ChatActivities => Set<ChatActivity>();
    public DbSet<BotStateDocument> BotState => Set<BotStateDocument>();
    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();
    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();
    public DbSet<WorkflowBookmarkRecord> WorkflowBookmarks => Set<WorkflowBookmarkRecord>();
    public DbSet<RegelsetVersie> RegelsetVersies => Set<RegelsetVersie>();
    public DbSet<RegelsetConcept> RegelsetConcepten => Set<RegelsetConcept>();
    public DbSet<RegelsetLogboekRegel> RegelsetLogboek => Set<RegelsetLogboekRegel>();
    public DbSet<BuurtbudgetRonde> BuurtbudgetRondes => Set<BuurtbudgetRonde>();
    public DbSet<BuurtbudgetProject> BuurtbudgetProjecten => Set<BuurtbudgetProject>();
    public DbSet<Stemcode> Stemcodes => Set<Stemcode>();
    public DbSet<Stembiljet> Stembiljetten => Set<Stembiljet>();
    public DbSet<Beraad> Burgerberaden => Set<Beraad>();
    public DbSet<BurgerberaadQuotum> BurgerberaadQuota => Set<BurgerberaadQuotum>();
    public DbSet<BurgerberaadAdres> BurgerberaadAdressen => Set<BurgerberaadAdres>();
    public DbSet<BurgerberaadAanmelding> BurgerberaadAanmeldingen => Set<BurgerberaadAanmelding>();
    public DbSet<BuurtbudgetVoorstel> BuurtbudgetVoorstellen => Set<BuurtbudgetVoorstel>();
    public DbSet<UitdaagrechtVerzoek> UitdaagrechtVerzoeken => Set<UitdaagrechtVerzoek>();
    public DbSet<ContactVerzoek> ContactVerzoeken => Set<ContactVerzoek>();
    public DbSet<Uitwisselmoment> Uitwisselmomenten => Set<Uitwisselmoment>();
    public DbSet<UitwisselingAfmelding> UitwisselingAfmeldingen => Set<UitwisselingAfmelding>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToHistory();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToHistory();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Published rule set versions and the rules audit trail are append-only: the application can add to them,
    /// never change or remove (the database refuses too, with triggers from the migration).
    /// </summary>
    private void RefuseChangesToHistory()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is RegelsetVersie or RegelsetLogboekRegel && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} kan alleen worden toegevoegd, niet gewijzigd of verwijderd.");
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new UitdaagrechtVerzoekEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new ContactVerzoekEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new UitwisselmomentEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new UitwisselingAfmeldingEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new GemeenteEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new WijkEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BuurtEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BuurtPostcodeEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new WoningcorporatieEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new CorporatieBezitEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BewonerEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new InitiatiefEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new InitiatiefStatusWijzigingEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new InterventieEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammaEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammaFaseEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new TaakEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new UitgaandBerichtEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new PersoonsgegevensInzageEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BerichtSjabloonEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new RegelBeslissingEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammaBuurtEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new StaffAccountEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new ChatConversationEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new ChatActivityEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BotStateDocumentEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new WorkflowDefinitionRecordEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new WorkflowInstanceRecordEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new WorkflowBookmarkRecordEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new RegelsetVersieEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new RegelsetConceptEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new RegelsetLogboekRegelEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BeraadEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BurgerberaadQuotumEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BurgerberaadAdresEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BurgerberaadAanmeldingEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BuurtbudgetRondeEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BuurtbudgetProjectEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new StemcodeEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new StembiljetEntityTypeConfiguration());
        modelBuilder.ApplyConfiguration(new BuurtbudgetVoorstelEntityTypeConfiguration());
    }
}
