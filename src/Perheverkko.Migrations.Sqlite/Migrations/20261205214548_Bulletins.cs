using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Bulletins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BulletinOptOuts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulletinOptOuts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BulletinOptOuts_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bulletins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Optional = table.Column<bool>(type: "INTEGER", nullable: false),
                    AudienceList = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyEn = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    BodyFi = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    BodySv = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    SubjectEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubjectFi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectSv = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bulletins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bulletins_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BulletinDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BulletinId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulletinDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BulletinDeliveries_Bulletins_BulletinId",
                        column: x => x.BulletinId,
                        principalTable: "Bulletins",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BulletinDeliveries_BulletinId_Email",
                table: "BulletinDeliveries",
                columns: new[] { "BulletinId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BulletinDeliveries_OutboxMessageId",
                table: "BulletinDeliveries",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_BulletinOptOuts_RegionId_Email",
                table: "BulletinOptOuts",
                columns: new[] { "RegionId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bulletins_RegionId_CreatedAt",
                table: "Bulletins",
                columns: new[] { "RegionId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BulletinDeliveries");

            migrationBuilder.DropTable(
                name: "BulletinOptOuts");

            migrationBuilder.DropTable(
                name: "Bulletins");
        }
    }
}
