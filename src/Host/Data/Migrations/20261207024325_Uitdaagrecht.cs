using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class Uitdaagrecht : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContactVerzoeken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VanInitiatiefId = table.Column<int>(type: "INTEGER", nullable: false),
                    NaarInitiatiefId = table.Column<int>(type: "INTEGER", nullable: false),
                    AangevraagdDoor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AangevraagdOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ToestemmingVanOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ToestemmingNaarOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GeweigerdOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GedeeldOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IngetrokkenOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IngetrokkenDoor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactVerzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactVerzoeken_Initiatieven_NaarInitiatiefId",
                        column: x => x.NaarInitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactVerzoeken_Initiatieven_VanInitiatiefId",
                        column: x => x.VanInitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UitdaagrechtVerzoeken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Referentie = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Taak = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Taaksoort = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BuurtId = table.Column<int>(type: "INTEGER", nullable: true),
                    Locatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Organisatievorm = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    GroepNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AantalLeden = table.Column<int>(type: "INTEGER", nullable: false),
                    VerwachteKosten = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    ContactNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactTelefoon = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IngediendOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StatusGewijzigdOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StatusToelichting = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OntvankelijkheidRedenen = table.Column<string>(type: "TEXT", nullable: false),
                    HuidigeUitgaven = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Kwaliteit = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Continuiteit = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Besluit = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BesluitOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OvergedragenBudget = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    IngangsDatum = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AantalEvaluaties = table.Column<int>(type: "INTEGER", nullable: false),
                    LaatsteEvaluatieOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LaatsteEvaluatie = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UitdaagrechtVerzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UitdaagrechtVerzoeken_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "UitwisselingAfmeldingen",
                columns: table => new
                {
                    InitiatiefId = table.Column<int>(type: "INTEGER", nullable: false),
                    AfgemeldOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UitwisselingAfmeldingen", x => x.InitiatiefId);
                    table.ForeignKey(
                        name: "FK_UitwisselingAfmeldingen_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Uitwisselmomenten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Thema = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Datum = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Plaats = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GeplandDoor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GeplandOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UitgenodigdeInitiatieven = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Uitwisselmomenten", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactVerzoeken_NaarInitiatiefId",
                table: "ContactVerzoeken",
                column: "NaarInitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactVerzoeken_VanInitiatiefId_NaarInitiatiefId",
                table: "ContactVerzoeken",
                columns: new[] { "VanInitiatiefId", "NaarInitiatiefId" });

            migrationBuilder.CreateIndex(
                name: "IX_UitdaagrechtVerzoeken_BuurtId",
                table: "UitdaagrechtVerzoeken",
                column: "BuurtId");

            migrationBuilder.CreateIndex(
                name: "IX_UitdaagrechtVerzoeken_ConversationId",
                table: "UitdaagrechtVerzoeken",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_UitdaagrechtVerzoeken_Referentie",
                table: "UitdaagrechtVerzoeken",
                column: "Referentie",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactVerzoeken");

            migrationBuilder.DropTable(
                name: "UitdaagrechtVerzoeken");

            migrationBuilder.DropTable(
                name: "UitwisselingAfmeldingen");

            migrationBuilder.DropTable(
                name: "Uitwisselmomenten");
        }
    }
}
