using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Optional = table.Column<bool>(type: "boolean", nullable: false),
                    AudienceList = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    BodyEn = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    BodyFi = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    BodySv = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    SubjectEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubjectFi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectSv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BulletinId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "uuid", nullable: false)
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
