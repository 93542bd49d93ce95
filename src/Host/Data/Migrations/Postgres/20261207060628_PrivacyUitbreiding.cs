using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PrivacyUitbreiding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Onderwerp",
                table: "PersoonsgegevensInzages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConversationIds",
                table: "BurgerberaadAanmeldingen",
                type: "text",
                nullable: false,
                defaultValue: "[]"); // registrations so far came without a conversation: an empty JSON list
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Onderwerp",
                table: "PersoonsgegevensInzages");

            migrationBuilder.DropColumn(
                name: "ConversationIds",
                table: "BurgerberaadAanmeldingen");
        }
    }
}
