using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
{
    public partial class Regelsets : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
