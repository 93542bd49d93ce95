using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BuurtbudgetPunten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Punten",
                table: "Stembiljetten",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxPuntenPerProject",
                table: "BuurtbudgetRondes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PuntenPerKiezer",
                table: "BuurtbudgetRondes",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Punten",
                table: "Stembiljetten");

            migrationBuilder.DropColumn(
                name: "MaxPuntenPerProject",
                table: "BuurtbudgetRondes");

            migrationBuilder.DropColumn(
                name: "PuntenPerKiezer",
                table: "BuurtbudgetRondes");
        }
    }
}
