using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participatie.Host.Data.Migrations
{
    public partial class Uitgaand : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UitgaandeBerichten",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kanaal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Ontvanger = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InhoudJson = table.Column<string>(type: "TEXT", nullable: false),
                    InitiatiefId = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WorkflowVersie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Pogingen = table.Column<int>(type: "INTEGER", nullable: false),
                    VolgendePogingOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AfgeleverdOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LaatsteFout = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UitgaandeBerichten", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeBerichten_AfgeleverdOp_VolgendePogingOp",
                table: "UitgaandeBerichten",
                columns: new[] { "AfgeleverdOp", "VolgendePogingOp" });
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UitgaandeBerichten");
        }
    }
}
