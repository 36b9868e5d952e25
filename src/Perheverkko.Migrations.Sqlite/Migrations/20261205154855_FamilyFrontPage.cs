using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FamilyFrontPage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BookingUrl",
                table: "Services",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BookingUrl",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAdviceHomeBase",
                table: "MeetingPlaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "BookingUrl",
                table: "FamilyCentres",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ContactIsDemo",
                table: "FamilyCentres",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "FamilyCentres",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "FamilyCentres",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "FamilyCentres",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpeningHoursEn",
                table: "FamilyCentres",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpeningHoursFi",
                table: "FamilyCentres",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OpeningHoursSv",
                table: "FamilyCentres",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "FamilyCentres",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostOffice",
                table: "FamilyCentres",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalCode",
                table: "FamilyCentres",
                type: "TEXT",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StreetAddress",
                table: "FamilyCentres",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebUrl",
                table: "FamilyCentres",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BookingUrl",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "BookingUrl",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "IsAdviceHomeBase",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "BookingUrl",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "ContactIsDemo",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "OpeningHoursEn",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "OpeningHoursFi",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "OpeningHoursSv",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "PostOffice",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "PostalCode",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "StreetAddress",
                table: "FamilyCentres");

            migrationBuilder.DropColumn(
                name: "WebUrl",
                table: "FamilyCentres");
        }
    }
}
