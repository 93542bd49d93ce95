using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
{
    public partial class Initial : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
