using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
{
    public partial class Levenscyclus : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SjabloonId",
                table: "UitgaandeBerichten",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GewistOp",
                table: "Bewoners",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BerichtSjablonen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TekstHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Herkomst = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VoorgesteldOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BeoordeeldDoor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BeoordeeldOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BerichtSjablonen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeBerichten_SjabloonId",
                table: "UitgaandeBerichten",
                column: "SjabloonId");

            migrationBuilder.CreateIndex(
                name: "IX_BerichtSjablonen_TekstHash",
                table: "BerichtSjablonen",
                column: "TekstHash",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_UitgaandeBerichten_BerichtSjablonen_SjabloonId",
                table: "UitgaandeBerichten",
                column: "SjabloonId",
                principalTable: "BerichtSjablonen",
                principalColumn: "Id");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_UitgaandeBerichten_BerichtSjablonen_SjabloonId",
                table: "UitgaandeBerichten");

            migrationBuilder.DropTable(
                name: "BerichtSjablonen");

            migrationBuilder.DropIndex(
                name: "IX_UitgaandeBerichten_SjabloonId",
                table: "UitgaandeBerichten");

            migrationBuilder.DropColumn(
                name: "SjabloonId",
                table: "UitgaandeBerichten");

            migrationBuilder.DropColumn(
                name: "GewistOp",
                table: "Bewoners");
        }
    }
}
