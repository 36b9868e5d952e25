using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Announcements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LinkKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LinkId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishFrom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BodyFi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BodySv = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    TitleFi = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    TitleSv = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Announcements_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Announcements_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Announcements_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_MunicipalityId",
                table: "Announcements",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_OrganisationId",
                table: "Announcements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_RegionId_PublishFrom",
                table: "Announcements",
                columns: new[] { "RegionId", "PublishFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Announcements");
        }
    }
}
