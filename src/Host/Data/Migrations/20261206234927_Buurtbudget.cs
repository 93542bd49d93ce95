using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class Buurtbudget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuurtbudgetRondes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Naam = table.Column<string>(type: "TEXT", nullable: false),
                    BuurtId = table.Column<int>(type: "INTEGER", nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", nullable: false),
                    StemmenVanaf = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StemmenTot = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Telmethode = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxProjecten = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxBedrag = table.Column<decimal>(type: "TEXT", nullable: true),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtbudgetRondes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuurtbudgetRondes_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stembiljetten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RondeId = table.Column<int>(type: "INTEGER", nullable: false),
                    StemcodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Projecten = table.Column<string>(type: "TEXT", nullable: false),
                    Versie = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stembiljetten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stemcodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RondeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stemcodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BuurtbudgetProjecten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RondeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", nullable: true),
                    Kosten = table.Column<decimal>(type: "TEXT", nullable: false),
                    InitiatiefId = table.Column<int>(type: "INTEGER", nullable: true),
                    BuurtbudgetRondeId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtbudgetProjecten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuurtbudgetProjecten_BuurtbudgetRondes_BuurtbudgetRondeId",
                        column: x => x.BuurtbudgetRondeId,
                        principalTable: "BuurtbudgetRondes",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuurtbudgetProjecten_BuurtbudgetRondeId",
                table: "BuurtbudgetProjecten",
                column: "BuurtbudgetRondeId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtbudgetRondes_BuurtId",
                table: "BuurtbudgetRondes",
                column: "BuurtId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuurtbudgetProjecten");

            migrationBuilder.DropTable(
                name: "Stembiljetten");

            migrationBuilder.DropTable(
                name: "Stemcodes");

            migrationBuilder.DropTable(
                name: "BuurtbudgetRondes");
        }
    }
}
