using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Hulpsoorten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Add the list, fill it from the flags, then drop the flags: no initiative loses what it asked for.
            migrationBuilder.AddColumn<string>(
                name: "GevraagdeHulp",
                table: "Initiatieven",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql(HulpvraagConversie.NaarCodes());

            migrationBuilder.DropColumn(
                name: "GevraagdeOndersteuning",
                table: "Initiatieven");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "GevraagdeOndersteuning",
                table: "Initiatieven",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql(HulpvraagConversie.NaarVlaggen());

            migrationBuilder.DropColumn(
                name: "GevraagdeHulp",
                table: "Initiatieven");
        }
    }
}
