using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class BuurtbudgetVoorstellen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MinimumLeeftijd",
                table: "BuurtbudgetRondes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.DropForeignKey(
                name: "FK_BuurtbudgetProjecten_BuurtbudgetRondes_BuurtbudgetRondeId",
                table: "BuurtbudgetProjecten");

            migrationBuilder.DropForeignKey(
                name: "FK_BuurtbudgetRondes_Buurten_BuurtId",
                table: "BuurtbudgetRondes");

            migrationBuilder.DropIndex(
                name: "IX_BuurtbudgetProjecten_BuurtbudgetRondeId",
                table: "BuurtbudgetProjecten");

            migrationBuilder.DropColumn(
                name: "BuurtbudgetRondeId",
                table: "BuurtbudgetProjecten");

            migrationBuilder.AddColumn<DateTime>(
                name: "BeoordelingTot",
                table: "BuurtbudgetRondes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Fase",
                table: "BuurtbudgetRondes",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Voorbereiding");

            migrationBuilder.AddColumn<DateTime>(
                name: "UitvoeringTot",
                table: "BuurtbudgetRondes",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UitvoeringVanaf",
                table: "BuurtbudgetRondes",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "VoorstellenTot",
                table: "BuurtbudgetRondes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoorstellenVanaf",
                table: "BuurtbudgetRondes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkflowInstanceId",
                table: "BuurtbudgetRondes",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BuurtbudgetVoorstellen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RondeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Kosten = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Plek = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlekBuurtId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsCommercieel = table.Column<bool>(type: "INTEGER", nullable: false),
                    Bron = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InitiatiefId = table.Column<int>(type: "INTEGER", nullable: true),
                    IndienerNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IndienerContact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Redenen = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BeoordelingTaakId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    IngediendOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtbudgetVoorstellen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuurtbudgetVoorstellen_BuurtbudgetProjecten_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "BuurtbudgetProjecten",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_BuurtbudgetVoorstellen_BuurtbudgetRondes_RondeId",
                        column: x => x.RondeId,
                        principalTable: "BuurtbudgetRondes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BuurtbudgetVoorstellen_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_BuurtbudgetVoorstellen_Taken_BeoordelingTaakId",
                        column: x => x.BeoordelingTaakId,
                        principalTable: "Taken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Stemcodes_Hash",
                table: "Stemcodes",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stemcodes_RondeId",
                table: "Stemcodes",
                column: "RondeId");

            migrationBuilder.CreateIndex(
                name: "IX_Stembiljetten_RondeId",
                table: "Stembiljetten",
                column: "RondeId");

            migrationBuilder.CreateIndex(
                name: "IX_Stembiljetten_StemcodeId",
                table: "Stembiljetten",
                column: "StemcodeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuurtbudgetProjecten_InitiatiefId",
                table: "BuurtbudgetProjecten",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtbudgetProjecten_RondeId_Code",
                table: "BuurtbudgetProjecten",
                columns: new[] { "RondeId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuurtbudgetVoorstellen_BeoordelingTaakId",
                table: "BuurtbudgetVoorstellen",
                column: "BeoordelingTaakId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtbudgetVoorstellen_InitiatiefId",
                table: "BuurtbudgetVoorstellen",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtbudgetVoorstellen_ProjectId",
                table: "BuurtbudgetVoorstellen",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtbudgetVoorstellen_RondeId",
                table: "BuurtbudgetVoorstellen",
                column: "RondeId");

            migrationBuilder.AddForeignKey(
                name: "FK_BuurtbudgetProjecten_BuurtbudgetRondes_RondeId",
                table: "BuurtbudgetProjecten",
                column: "RondeId",
                principalTable: "BuurtbudgetRondes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_BuurtbudgetProjecten_Initiatieven_InitiatiefId",
                table: "BuurtbudgetProjecten",
                column: "InitiatiefId",
                principalTable: "Initiatieven",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_BuurtbudgetRondes_Buurten_BuurtId",
                table: "BuurtbudgetRondes",
                column: "BuurtId",
                principalTable: "Buurten",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Stembiljetten_BuurtbudgetRondes_RondeId",
                table: "Stembiljetten",
                column: "RondeId",
                principalTable: "BuurtbudgetRondes",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Stembiljetten_Stemcodes_StemcodeId",
                table: "Stembiljetten",
                column: "StemcodeId",
                principalTable: "Stemcodes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Stemcodes_BuurtbudgetRondes_RondeId",
                table: "Stemcodes",
                column: "RondeId",
                principalTable: "BuurtbudgetRondes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MinimumLeeftijd",
                table: "BuurtbudgetRondes");

            migrationBuilder.DropForeignKey(
                name: "FK_BuurtbudgetProjecten_BuurtbudgetRondes_RondeId",
                table: "BuurtbudgetProjecten");

            migrationBuilder.DropForeignKey(
                name: "FK_BuurtbudgetProjecten_Initiatieven_InitiatiefId",
                table: "BuurtbudgetProjecten");

            migrationBuilder.DropForeignKey(
                name: "FK_BuurtbudgetRondes_Buurten_BuurtId",
                table: "BuurtbudgetRondes");

            migrationBuilder.DropForeignKey(
                name: "FK_Stembiljetten_BuurtbudgetRondes_RondeId",
                table: "Stembiljetten");

            migrationBuilder.DropForeignKey(
                name: "FK_Stembiljetten_Stemcodes_StemcodeId",
                table: "Stembiljetten");

            migrationBuilder.DropForeignKey(
                name: "FK_Stemcodes_BuurtbudgetRondes_RondeId",
                table: "Stemcodes");

            migrationBuilder.DropTable(
                name: "BuurtbudgetVoorstellen");

            migrationBuilder.DropIndex(
                name: "IX_Stemcodes_Hash",
                table: "Stemcodes");

            migrationBuilder.DropIndex(
                name: "IX_Stemcodes_RondeId",
                table: "Stemcodes");

            migrationBuilder.DropIndex(
                name: "IX_Stembiljetten_RondeId",
                table: "Stembiljetten");

            migrationBuilder.DropIndex(
                name: "IX_Stembiljetten_StemcodeId",
                table: "Stembiljetten");

            migrationBuilder.DropIndex(
                name: "IX_BuurtbudgetProjecten_InitiatiefId",
                table: "BuurtbudgetProjecten");

            migrationBuilder.DropIndex(
                name: "IX_BuurtbudgetProjecten_RondeId_Code",
                table: "BuurtbudgetProjecten");

            migrationBuilder.DropColumn(
                name: "BeoordelingTot",
                table: "BuurtbudgetRondes");

            migrationBuilder.DropColumn(
                name: "Fase",
                table: "BuurtbudgetRondes");

            migrationBuilder.DropColumn(
                name: "UitvoeringTot",
                table: "BuurtbudgetRondes");

            migrationBuilder.DropColumn(
                name: "UitvoeringVanaf",
                table: "BuurtbudgetRondes");

            migrationBuilder.DropColumn(
                name: "VoorstellenTot",
                table: "BuurtbudgetRondes");

            migrationBuilder.DropColumn(
                name: "VoorstellenVanaf",
                table: "BuurtbudgetRondes");

            migrationBuilder.DropColumn(
                name: "WorkflowInstanceId",
                table: "BuurtbudgetRondes");

            migrationBuilder.AddColumn<int>(
                name: "BuurtbudgetRondeId",
                table: "BuurtbudgetProjecten",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuurtbudgetProjecten_BuurtbudgetRondeId",
                table: "BuurtbudgetProjecten",
                column: "BuurtbudgetRondeId");

            migrationBuilder.AddForeignKey(
                name: "FK_BuurtbudgetProjecten_BuurtbudgetRondes_BuurtbudgetRondeId",
                table: "BuurtbudgetProjecten",
                column: "BuurtbudgetRondeId",
                principalTable: "BuurtbudgetRondes",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_BuurtbudgetRondes_Buurten_BuurtId",
                table: "BuurtbudgetRondes",
                column: "BuurtId",
                principalTable: "Buurten",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
