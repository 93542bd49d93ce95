using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConversationIds",
                table: "BurgerberaadAanmeldingen",
                type: "TEXT",
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
