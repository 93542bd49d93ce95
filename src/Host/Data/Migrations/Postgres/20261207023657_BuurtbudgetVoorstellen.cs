using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Participatie.Host.Data.Migrations.Postgres
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
                type: "integer",
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

            migrationBuilder.AlterColumn<string>(
                name: "Hash",
                table: "Stemcodes",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Projecten",
                table: "Stembiljetten",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                oldClrType: typeof(List<string>),
                oldType: "text[]");

            migrationBuilder.AlterColumn<string>(
                name: "Naam",
                table: "BuurtbudgetRondes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<decimal>(
                name: "MaxBedrag",
                table: "BuurtbudgetRondes",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "Budget",
                table: "BuurtbudgetRondes",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric");

            migrationBuilder.AddColumn<DateTime>(
                name: "BeoordelingTot",
                table: "BuurtbudgetRondes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Fase",
                table: "BuurtbudgetRondes",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Voorbereiding");

            migrationBuilder.AddColumn<DateTime>(
                name: "UitvoeringTot",
                table: "BuurtbudgetRondes",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UitvoeringVanaf",
                table: "BuurtbudgetRondes",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "VoorstellenTot",
                table: "BuurtbudgetRondes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoorstellenVanaf",
                table: "BuurtbudgetRondes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkflowInstanceId",
                table: "BuurtbudgetRondes",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Titel",
                table: "BuurtbudgetProjecten",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Omschrijving",
                table: "BuurtbudgetProjecten",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "Kosten",
                table: "BuurtbudgetProjecten",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric");

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "BuurtbudgetProjecten",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.CreateTable(
                name: "BuurtbudgetVoorstellen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RondeId = table.Column<int>(type: "integer", nullable: false),
                    Titel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Kosten = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Plek = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PlekBuurtId = table.Column<int>(type: "integer", nullable: true),
                    IsCommercieel = table.Column<bool>(type: "boolean", nullable: false),
                    Bron = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InitiatiefId = table.Column<int>(type: "integer", nullable: true),
                    IndienerNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IndienerContact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Redenen = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    BeoordelingTaakId = table.Column<int>(type: "integer", nullable: true),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    IngediendOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.AlterColumn<string>(
                name: "Hash",
                table: "Stemcodes",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<List<string>>(
                name: "Projecten",
                table: "Stembiljetten",
                type: "text[]",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000);

            migrationBuilder.AlterColumn<string>(
                name: "Naam",
                table: "BuurtbudgetRondes",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<decimal>(
                name: "MaxBedrag",
                table: "BuurtbudgetRondes",
                type: "numeric",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(14,2)",
                oldPrecision: 14,
                oldScale: 2,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "Budget",
                table: "BuurtbudgetRondes",
                type: "numeric",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(14,2)",
                oldPrecision: 14,
                oldScale: 2);

            migrationBuilder.AlterColumn<string>(
                name: "Titel",
                table: "BuurtbudgetProjecten",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Omschrijving",
                table: "BuurtbudgetProjecten",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "Kosten",
                table: "BuurtbudgetProjecten",
                type: "numeric",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(14,2)",
                oldPrecision: 14,
                oldScale: 2);

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "BuurtbudgetProjecten",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AddColumn<int>(
                name: "BuurtbudgetRondeId",
                table: "BuurtbudgetProjecten",
                type: "integer",
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
