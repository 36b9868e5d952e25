using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PtvFoundation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Master",
                table: "Services",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Master",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PtvId",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PtvConnections",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PtvOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApiUsername = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProtectedApiPassword = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastImportedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PtvConnections", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_PtvConnections_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PtvConnections_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Services_RegionId_PtvId",
                table: "Services",
                columns: new[] { "RegionId", "PtvId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlaces_RegionId_PtvId",
                table: "MeetingPlaces",
                columns: new[] { "RegionId", "PtvId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PtvConnections_RegionId",
                table: "PtvConnections",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PtvConnections");

            migrationBuilder.DropIndex(
                name: "IX_Services_RegionId_PtvId",
                table: "Services");

            migrationBuilder.DropIndex(
                name: "IX_MeetingPlaces_RegionId_PtvId",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "Master",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "Master",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "PtvId",
                table: "MeetingPlaces");
        }
    }
}
