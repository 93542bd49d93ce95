using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
{
    public partial class Toegang : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WijkCodes",
                table: "StaffAccounts",
                type: "TEXT",
                nullable: false,
                // Existing accounts get an empty list: the whole municipality, as before.
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "PersoonsgegevensInzages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Rollen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Op = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InitiatiefId = table.Column<int>(type: "INTEGER", nullable: true),
                    BewonerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Wat = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersoonsgegevensInzages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersoonsgegevensInzages_InitiatiefId",
                table: "PersoonsgegevensInzages",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_PersoonsgegevensInzages_Op",
                table: "PersoonsgegevensInzages",
                column: "Op");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersoonsgegevensInzages");

            migrationBuilder.DropColumn(
                name: "WijkCodes",
                table: "StaffAccounts");
        }
    }
}
