using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
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
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxPuntenPerProject",
                table: "BuurtbudgetRondes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PuntenPerKiezer",
                table: "BuurtbudgetRondes",
                type: "INTEGER",
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
