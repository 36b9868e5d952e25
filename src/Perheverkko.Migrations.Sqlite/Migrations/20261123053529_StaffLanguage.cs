using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StaffLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 2,
                nullable: false,
                defaultValue: "fi");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "AspNetUsers");
        }
    }
}
