using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AgreementLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FrozenAt",
                table: "AgreementVersions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InForceFrom",
                table: "AgreementVersions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SentForSigningAt",
                table: "AgreementVersions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "AgreementVersions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Draft"); // existing rows: the seeder sets the real state

            migrationBuilder.AddColumn<string>(
                name: "TextHash",
                table: "AgreementVersions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FrozenAt",
                table: "AgreementVersions");

            migrationBuilder.DropColumn(
                name: "InForceFrom",
                table: "AgreementVersions");

            migrationBuilder.DropColumn(
                name: "SentForSigningAt",
                table: "AgreementVersions");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "AgreementVersions");

            migrationBuilder.DropColumn(
                name: "TextHash",
                table: "AgreementVersions");
        }
    }
}
