using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgreementText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgreementSections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    TitleSv = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    BodySv = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementSections_AgreementVersions_AgreementVersionId",
                        column: x => x.AgreementVersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BackgroundDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BackgroundDocuments_AgreementVersions_AgreementVersionId",
                        column: x => x.AgreementVersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LeadershipProcessings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadershipProcessings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeadershipProcessings_AgreementVersions_AgreementVersionId",
                        column: x => x.AgreementVersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LeadershipProcessings_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SectionComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectionComments_AgreementSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "AgreementSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSections_AgreementVersionId_Number",
                table: "AgreementSections",
                columns: new[] { "AgreementVersionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundDocuments_AgreementVersionId",
                table: "BackgroundDocuments",
                column: "AgreementVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_LeadershipProcessings_AgreementVersionId",
                table: "LeadershipProcessings",
                column: "AgreementVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_LeadershipProcessings_MeetingId",
                table: "LeadershipProcessings",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionComments_SectionId_CreatedAt",
                table: "SectionComments",
                columns: new[] { "SectionId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BackgroundDocuments");

            migrationBuilder.DropTable(
                name: "LeadershipProcessings");

            migrationBuilder.DropTable(
                name: "SectionComments");

            migrationBuilder.DropTable(
                name: "AgreementSections");
        }
    }
}
