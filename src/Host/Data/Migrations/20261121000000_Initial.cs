using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore;
using System;

#nullable disable

namespace Participatie.Host.Data.Migrations
{
    /// <summary>
    /// The schema of the November 2026 release: its five migrations (Initial, Chat, Workflows, Routering, Regelsets)
    /// squashed into one. A database of that release is recognised at start-up and marked as having this migration
    /// (<see cref="Participatie.Host.Data.MigrationBaseline"/>), so it is not applied twice.
    /// </summary>
    public partial class Initial : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // --- 20261121005911_Initial ---
            migrationBuilder.CreateTable(
                name: "Bewoners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Telefoon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bewoners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Gemeenten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gemeenten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffAccounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gebruikersnaam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Rollen = table.Column<string>(type: "TEXT", nullable: false),
                    WoningcorporatieId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsActief = table.Column<bool>(type: "INTEGER", nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Woningcorporaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Woningcorporaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Programmas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GemeenteId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDatum = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EindDatum = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Programmas_Gemeenten_GemeenteId",
                        column: x => x.GemeenteId,
                        principalTable: "Gemeenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Wijken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GemeenteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Wijkraad = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wijken_Gemeenten_GemeenteId",
                        column: x => x.GemeenteId,
                        principalTable: "Gemeenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammaFases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Volgorde = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartDatum = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EindDatum = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammaFases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammaFases_Programmas_ProgrammaId",
                        column: x => x.ProgrammaId,
                        principalTable: "Programmas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Buurten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WijkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Peiljaar = table.Column<int>(type: "INTEGER", nullable: true),
                    Inwoners = table.Column<int>(type: "INTEGER", nullable: true),
                    Huishoudens = table.Column<int>(type: "INTEGER", nullable: true),
                    AandeelHuurwoningen = table.Column<double>(type: "REAL", nullable: true),
                    AandeelCorporatiewoningen = table.Column<double>(type: "REAL", nullable: true),
                    GemiddeldInkomen = table.Column<double>(type: "REAL", nullable: true),
                    AandeelUitkeringen = table.Column<double>(type: "REAL", nullable: true),
                    LeefbaarheidScore = table.Column<double>(type: "REAL", nullable: true),
                    SesScore = table.Column<double>(type: "REAL", nullable: true),
                    SesSpreiding = table.Column<double>(type: "REAL", nullable: true),
                    AandeelLaagOpgeleid = table.Column<double>(type: "REAL", nullable: true),
                    AandeelMiddelbaarOpgeleid = table.Column<double>(type: "REAL", nullable: true),
                    AandeelHoogOpgeleid = table.Column<double>(type: "REAL", nullable: true),
                    AantalBuurthuizen = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Buurten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Buurten_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BuurtPostcodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Postcode4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    BuurtId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtPostcodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuurtPostcodes_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CorporatieBezit",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BuurtId = table.Column<int>(type: "INTEGER", nullable: false),
                    WoningcorporatieId = table.Column<int>(type: "INTEGER", nullable: false),
                    AantalWoningen = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorporatieBezit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorporatieBezit_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CorporatieBezit_Woningcorporaties_WoningcorporatieId",
                        column: x => x.WoningcorporatieId,
                        principalTable: "Woningcorporaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Initiatieven",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Referentie = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BuurtId = table.Column<int>(type: "INTEGER", nullable: false),
                    Thema = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VoorWie = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MetWie = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AantalDeelnemers = table.Column<int>(type: "INTEGER", nullable: false),
                    AantalHandtekeningen = table.Column<int>(type: "INTEGER", nullable: false),
                    GevraagdeOndersteuning = table.Column<int>(type: "INTEGER", nullable: false),
                    GeraamdBudget = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    GevraagdBedrag = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    EigenBijdrageGeld = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    EigenBijdrageUren = table.Column<int>(type: "INTEGER", nullable: false),
                    EigenBijdrageMaterialen = table.Column<bool>(type: "INTEGER", nullable: false),
                    WilZelfUitvoeren = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsCommercieel = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPolitiek = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsReligieus = table.Column<bool>(type: "INTEGER", nullable: false),
                    CorporatieBetrokken = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartDatum = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IngediendOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BewonerId = table.Column<int>(type: "INTEGER", nullable: true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatieven", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Initiatieven_Bewoners_BewonerId",
                        column: x => x.BewonerId,
                        principalTable: "Bewoners",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Initiatieven_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Interventies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BuurtId = table.Column<int>(type: "INTEGER", nullable: false),
                    Thema = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Doel = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Aanpak = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Partijen = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StartDatum = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EindDatum = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Bereik = table.Column<int>(type: "INTEGER", nullable: false),
                    Uitkomst = table.Column<int>(type: "INTEGER", nullable: true),
                    Succesfactoren = table.Column<string>(type: "TEXT", nullable: false),
                    Belemmeringen = table.Column<string>(type: "TEXT", nullable: false),
                    Leerpunten = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interventies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interventies_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiatiefStatusHistorie",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiatiefId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Op = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiatiefStatusHistorie", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InitiatiefStatusHistorie_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Taken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ToegewezenAan = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BuurtId = table.Column<int>(type: "INTEGER", nullable: true),
                    InitiatiefId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProgrammaId = table.Column<int>(type: "INTEGER", nullable: true),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VervalDatum = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Uitkomsten = table.Column<string>(type: "TEXT", nullable: false),
                    Uitkomst = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AfgerondOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AfgerondDoor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BookmarkId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Taken_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Taken_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Buurten_Code",
                table: "Buurten",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Buurten_WijkId",
                table: "Buurten",
                column: "WijkId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtPostcodes_BuurtId",
                table: "BuurtPostcodes",
                column: "BuurtId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtPostcodes_Postcode4_BuurtId",
                table: "BuurtPostcodes",
                columns: new[] { "Postcode4", "BuurtId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorporatieBezit_BuurtId_WoningcorporatieId",
                table: "CorporatieBezit",
                columns: new[] { "BuurtId", "WoningcorporatieId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorporatieBezit_WoningcorporatieId",
                table: "CorporatieBezit",
                column: "WoningcorporatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Gemeenten_Code",
                table: "Gemeenten",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InitiatiefStatusHistorie_InitiatiefId",
                table: "InitiatiefStatusHistorie",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_BewonerId",
                table: "Initiatieven",
                column: "BewonerId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_BuurtId",
                table: "Initiatieven",
                column: "BuurtId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_ConversationId",
                table: "Initiatieven",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_Referentie",
                table: "Initiatieven",
                column: "Referentie",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_Status",
                table: "Initiatieven",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Interventies_BuurtId",
                table: "Interventies",
                column: "BuurtId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammaFases_ProgrammaId_Code",
                table: "ProgrammaFases",
                columns: new[] { "ProgrammaId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programmas_GemeenteId",
                table: "Programmas",
                column: "GemeenteId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_Gebruikersnaam",
                table: "StaffAccounts",
                column: "Gebruikersnaam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Taken_BuurtId",
                table: "Taken",
                column: "BuurtId");

            migrationBuilder.CreateIndex(
                name: "IX_Taken_InitiatiefId",
                table: "Taken",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_Taken_Status_Rol",
                table: "Taken",
                columns: new[] { "Status", "Rol" });

            migrationBuilder.CreateIndex(
                name: "IX_Wijken_Code",
                table: "Wijken",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijken_GemeenteId",
                table: "Wijken",
                column: "GemeenteId");

            migrationBuilder.CreateIndex(
                name: "IX_Woningcorporaties_Naam",
                table: "Woningcorporaties",
                column: "Naam",
                unique: true);
        

            // --- 20261121010536_Chat ---
            migrationBuilder.AddColumn<string>(
                name: "Idempotentiesleutel",
                table: "Initiatieven",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BotState",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GewijzigdOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotState", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ChatConversations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LaatsteActiviteitOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BeeindigdOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LaatsteVolgnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    IsGestart = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChatConversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChatActivities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Tijdstip = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChatActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChatActivities_ChatConversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "ChatConversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_Idempotentiesleutel",
                table: "Initiatieven",
                column: "Idempotentiesleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChatActivities_ConversationId_Volgnummer",
                table: "ChatActivities",
                columns: new[] { "ConversationId", "Volgnummer" },
                unique: true);
        

            // --- 20261121013335_Workflows ---
            migrationBuilder.CreateTable(
                name: "WorkflowDefinitions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsLatest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    OpgeslagenOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowInstances",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DefinitionVersionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentInstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowInstances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowBookmarks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BookmarkId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowBookmarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkflowBookmarks_WorkflowInstances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "WorkflowInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_CorrelationId",
                table: "WorkflowBookmarks",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_DueAt",
                table: "WorkflowBookmarks",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_InstanceId",
                table: "WorkflowBookmarks",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_Name_Key",
                table: "WorkflowBookmarks",
                columns: new[] { "Name", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowDefinitions_DefinitionId_Version",
                table: "WorkflowDefinitions",
                columns: new[] { "DefinitionId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_CorrelationId",
                table: "WorkflowInstances",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_DefinitionId_Status",
                table: "WorkflowInstances",
                columns: new[] { "DefinitionId", "Status" });
        

            // --- 20261121021504_Routering ---
            migrationBuilder.AddColumn<string>(
                name: "GeescaleerdNaar",
                table: "Taken",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GeescaleerdOp",
                table: "Taken",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HerinneringOp",
                table: "Taken",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProgrammaBuurten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammaId = table.Column<int>(type: "INTEGER", nullable: false),
                    BuurtId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rang = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Redenen = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammaBuurten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammaBuurten_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgrammaBuurten_Programmas_ProgrammaId",
                        column: x => x.ProgrammaId,
                        principalTable: "Programmas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegelBeslissingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiatiefId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProgrammaId = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Regelset = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegelsetVersie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Op = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Uitkomsten = table.Column<string>(type: "TEXT", nullable: false),
                    ResultaatJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegelBeslissingen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Taken_BookmarkId",
                table: "Taken",
                column: "BookmarkId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammaBuurten_BuurtId",
                table: "ProgrammaBuurten",
                column: "BuurtId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammaBuurten_ProgrammaId_BuurtId",
                table: "ProgrammaBuurten",
                columns: new[] { "ProgrammaId", "BuurtId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegelBeslissingen_InitiatiefId",
                table: "RegelBeslissingen",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_RegelBeslissingen_ProgrammaId",
                table: "RegelBeslissingen",
                column: "ProgrammaId");
        

            // --- 20261121031155_Regelsets ---
            migrationBuilder.CreateTable(
                name: "RegelsetConcepten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Regelset = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Revisie = table.Column<int>(type: "INTEGER", nullable: false),
                    BasisVersie = table.Column<int>(type: "INTEGER", nullable: true),
                    Door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Op = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegelsetConcepten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegelsetLogboek",
                columns: table => new
                {
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Op = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Actie = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Regelset = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    VorigeVersie = table.Column<int>(type: "INTEGER", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    VorigeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegelsetLogboek", x => x.Volgnummer);
                });

            migrationBuilder.CreateTable(
                name: "RegelsetVersies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Regelset = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Op = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TeruggezetNaar = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegelsetVersies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegelsetConcepten_Regelset",
                table: "RegelsetConcepten",
                column: "Regelset",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegelsetLogboek_Regelset",
                table: "RegelsetLogboek",
                column: "Regelset");

            migrationBuilder.CreateIndex(
                name: "IX_RegelsetVersies_Regelset_Nummer",
                table: "RegelsetVersies",
                columns: new[] { "Regelset", "Nummer" },
                unique: true);

            // Published versions and the audit trail are append-only, also for anyone with a SQL client.
            if (migrationBuilder.IsSqlite())
            {
                foreach (var (table, what) in new[] { ("RegelsetVersies", "Een gepubliceerde regelsetversie"), ("RegelsetLogboek", "Het regelslogboek") })
                {
                    migrationBuilder.Sql($"CREATE TRIGGER \"{table}_GeenUpdate\" BEFORE UPDATE ON \"{table}\" BEGIN SELECT RAISE(ABORT, '{what} kan niet gewijzigd worden.'); END;");
                    migrationBuilder.Sql($"CREATE TRIGGER \"{table}_GeenDelete\" BEFORE DELETE ON \"{table}\" BEGIN SELECT RAISE(ABORT, '{what} kan niet verwijderd worden.'); END;");
                }
            }
        
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // --- 20261121031155_Regelsets ---
            if (migrationBuilder.IsSqlite())
            {
                foreach (var table in new[] { "RegelsetVersies", "RegelsetLogboek" })
                {
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_GeenUpdate\";");
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_GeenDelete\";");
                }
            }

            migrationBuilder.DropTable(
                name: "RegelsetConcepten");

            migrationBuilder.DropTable(
                name: "RegelsetLogboek");

            migrationBuilder.DropTable(
                name: "RegelsetVersies");
        

            // --- 20261121021504_Routering ---
            migrationBuilder.DropTable(
                name: "ProgrammaBuurten");

            migrationBuilder.DropTable(
                name: "RegelBeslissingen");

            migrationBuilder.DropIndex(
                name: "IX_Taken_BookmarkId",
                table: "Taken");

            migrationBuilder.DropColumn(
                name: "GeescaleerdNaar",
                table: "Taken");

            migrationBuilder.DropColumn(
                name: "GeescaleerdOp",
                table: "Taken");

            migrationBuilder.DropColumn(
                name: "HerinneringOp",
                table: "Taken");
        

            // --- 20261121013335_Workflows ---
            migrationBuilder.DropTable(
                name: "WorkflowBookmarks");

            migrationBuilder.DropTable(
                name: "WorkflowDefinitions");

            migrationBuilder.DropTable(
                name: "WorkflowInstances");
        

            // --- 20261121010536_Chat ---
            migrationBuilder.DropTable(
                name: "BotState");

            migrationBuilder.DropTable(
                name: "ChatActivities");

            migrationBuilder.DropTable(
                name: "ChatConversations");

            migrationBuilder.DropIndex(
                name: "IX_Initiatieven_Idempotentiesleutel",
                table: "Initiatieven");

            migrationBuilder.DropColumn(
                name: "Idempotentiesleutel",
                table: "Initiatieven");
        

            // --- 20261121005911_Initial ---
            migrationBuilder.DropTable(
                name: "BuurtPostcodes");

            migrationBuilder.DropTable(
                name: "CorporatieBezit");

            migrationBuilder.DropTable(
                name: "InitiatiefStatusHistorie");

            migrationBuilder.DropTable(
                name: "Interventies");

            migrationBuilder.DropTable(
                name: "ProgrammaFases");

            migrationBuilder.DropTable(
                name: "StaffAccounts");

            migrationBuilder.DropTable(
                name: "Taken");

            migrationBuilder.DropTable(
                name: "Woningcorporaties");

            migrationBuilder.DropTable(
                name: "Programmas");

            migrationBuilder.DropTable(
                name: "Initiatieven");

            migrationBuilder.DropTable(
                name: "Bewoners");

            migrationBuilder.DropTable(
                name: "Buurten");

            migrationBuilder.DropTable(
                name: "Wijken");

            migrationBuilder.DropTable(
                name: "Gemeenten");
        
        }
    }
}
