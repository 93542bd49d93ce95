using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
{
    public partial class Routering : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
