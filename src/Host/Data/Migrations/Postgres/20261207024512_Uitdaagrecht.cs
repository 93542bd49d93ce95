using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Participatie.Host.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VanInitiatiefId = table.Column<int>(type: "integer", nullable: false),
                    NaarInitiatiefId = table.Column<int>(type: "integer", nullable: false),
                    AangevraagdDoor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AangevraagdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ToestemmingVanOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ToestemmingNaarOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GeweigerdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GedeeldOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IngetrokkenOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IngetrokkenDoor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Referentie = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Taak = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Taaksoort = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BuurtId = table.Column<int>(type: "integer", nullable: true),
                    Locatie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Organisatievorm = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    GroepNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AantalLeden = table.Column<int>(type: "integer", nullable: false),
                    VerwachteKosten = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    ContactNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactTelefoon = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ConversationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IngediendOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StatusGewijzigdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StatusToelichting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OntvankelijkheidRedenen = table.Column<string>(type: "text", nullable: false),
                    HuidigeUitgaven = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Kwaliteit = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Continuiteit = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Besluit = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    BesluitOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OvergedragenBudget = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    IngangsDatum = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AantalEvaluaties = table.Column<int>(type: "integer", nullable: false),
                    LaatsteEvaluatieOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LaatsteEvaluatie = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
                    InitiatiefId = table.Column<int>(type: "integer", nullable: false),
                    AfgemeldOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Thema = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Datum = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Plaats = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    GeplandDoor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GeplandOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UitgenodigdeInitiatieven = table.Column<string>(type: "text", nullable: false)
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
