using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Participatie.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Burgerberaad : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Burgerberaden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Thema = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    GebiedCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GebiedNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Omvang = table.Column<int>(type: "integer", nullable: false),
                    Reserves = table.Column<int>(type: "integer", nullable: false),
                    AanmeldenTot = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UitnodigingSeed = table.Column<long>(type: "bigint", nullable: true),
                    UitgenodigdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Seed = table.Column<long>(type: "bigint", nullable: true),
                    SeedBekendgemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SelectieStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SelectieGevraagdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SelectieGestartOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SelectieKlaarOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SelectieFout = table.Column<string>(type: "text", nullable: true),
                    Conflict = table.Column<string>(type: "text", nullable: false),
                    Versoepeling = table.Column<string>(type: "text", nullable: false),
                    CategorieenCsv = table.Column<string>(type: "text", nullable: true),
                    RespondentenCsv = table.Column<string>(type: "text", nullable: true),
                    MinKans = table.Column<double>(type: "double precision", nullable: true),
                    Samenstelling = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Burgerberaden", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BurgerberaadAdressen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BeraadId = table.Column<int>(type: "integer", nullable: false),
                    Regel = table.Column<int>(type: "integer", nullable: false),
                    Postcode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Huisnummer = table.Column<int>(type: "integer", nullable: false),
                    Toevoeging = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Straat = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Woonplaats = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BurgerberaadAdressen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BurgerberaadAdressen_Burgerberaden_BeraadId",
                        column: x => x.BeraadId,
                        principalTable: "Burgerberaden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BurgerberaadQuota",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BeraadId = table.Column<int>(type: "integer", nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Kenmerk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Waarde = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Min = table.Column<int>(type: "integer", nullable: false),
                    Max = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BurgerberaadQuota", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BurgerberaadQuota_Burgerberaden_BeraadId",
                        column: x => x.BeraadId,
                        principalTable: "Burgerberaden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BurgerberaadAanmeldingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BeraadId = table.Column<int>(type: "integer", nullable: false),
                    AdresId = table.Column<int>(type: "integer", nullable: false),
                    Pseudoniem = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Antwoorden = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Beschikbaarheid = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AangemeldOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GewijzigdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kans = table.Column<double>(type: "double precision", nullable: true),
                    Uitkomst = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReserveNummer = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BurgerberaadAanmeldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BurgerberaadAanmeldingen_BurgerberaadAdressen_AdresId",
                        column: x => x.AdresId,
                        principalTable: "BurgerberaadAdressen",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_BurgerberaadAanmeldingen_Burgerberaden_BeraadId",
                        column: x => x.BeraadId,
                        principalTable: "Burgerberaden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BurgerberaadAanmeldingen_AdresId",
                table: "BurgerberaadAanmeldingen",
                column: "AdresId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BurgerberaadAanmeldingen_BeraadId_Pseudoniem",
                table: "BurgerberaadAanmeldingen",
                columns: new[] { "BeraadId", "Pseudoniem" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BurgerberaadAdressen_BeraadId",
                table: "BurgerberaadAdressen",
                column: "BeraadId");

            migrationBuilder.CreateIndex(
                name: "IX_BurgerberaadAdressen_CodeHash",
                table: "BurgerberaadAdressen",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BurgerberaadQuota_BeraadId_Kenmerk_Waarde",
                table: "BurgerberaadQuota",
                columns: new[] { "BeraadId", "Kenmerk", "Waarde" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Burgerberaden_SelectieStatus",
                table: "Burgerberaden",
                column: "SelectieStatus");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BurgerberaadAanmeldingen");

            migrationBuilder.DropTable(
                name: "BurgerberaadQuota");

            migrationBuilder.DropTable(
                name: "BurgerberaadAdressen");

            migrationBuilder.DropTable(
                name: "Burgerberaden");
        }
    }
}
