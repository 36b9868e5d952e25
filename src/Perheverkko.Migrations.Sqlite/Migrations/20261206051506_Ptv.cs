using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Ptv : Migration
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

            migrationBuilder.CreateTable(
                name: "PtvExports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EntryVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Archive = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PtvExports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PtvExports_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PtvExports_Regions_RegionId",
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

            migrationBuilder.CreateIndex(
                name: "IX_PtvExports_Kind_EntryId",
                table: "PtvExports",
                columns: new[] { "Kind", "EntryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PtvExports_OrganisationId",
                table: "PtvExports",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PtvExports_RegionId",
                table: "PtvExports",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_PtvExports_Status_NextAttemptAt",
                table: "PtvExports",
                columns: new[] { "Status", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PtvConnections");

            migrationBuilder.DropTable(
                name: "PtvExports");

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
