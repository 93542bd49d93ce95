using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class StemgeheimChat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "GeredigeerdOp",
                table: "ChatActivities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Vertrouwelijk",
                table: "ChatActivities",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_ChatActivities_Vertrouwelijk_GeredigeerdOp",
                table: "ChatActivities",
                columns: new[] { "Vertrouwelijk", "GeredigeerdOp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChatActivities_Vertrouwelijk_GeredigeerdOp",
                table: "ChatActivities");

            migrationBuilder.DropColumn(
                name: "GeredigeerdOp",
                table: "ChatActivities");

            migrationBuilder.DropColumn(
                name: "Vertrouwelijk",
                table: "ChatActivities");
        }
    }
}
