using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Directory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccessibilityEn",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccessibilityFi",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AccessibilitySv",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "MeetingPlaces",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "DescriptionEn",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionFi",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DescriptionSv",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FamilyCentreId",
                table: "MeetingPlaces",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "MeetingPlaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "MeetingPlaces",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "MeetingPlaces",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Offers",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OpeningExceptions",
                table: "MeetingPlaces",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OpeningHours",
                table: "MeetingPlaces",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostOffice",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostalCode",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "MeetingPlaces",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StreetAddress",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "MeetingPlaces",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "MeetingPlaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WebUrl",
                table: "MeetingPlaces",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingPlaceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoomNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CoOrganiserIds = table.Column<string>(type: "TEXT", nullable: false),
                    AgeMin = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeMax = table.Column<int>(type: "INTEGER", nullable: true),
                    Audiences = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", nullable: false),
                    FirstDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DayMask = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegistrationUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RegistrationContact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Cost = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FeeNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Leaders = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Insurance = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DescriptionFi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DescriptionSv = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameFi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameSv = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Activities_MeetingPlaces_MeetingPlaceId",
                        column: x => x.MeetingPlaceId,
                        principalTable: "MeetingPlaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgeMin = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeMax = table.Column<int>(type: "INTEGER", nullable: true),
                    Audiences = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MeetingPlaceIds = table.Column<string>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    WebUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EServiceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Cost = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FeeNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PtvId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DescriptionFi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DescriptionSv = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameFi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameSv = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Services_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Services_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlaces_FamilyCentreId",
                table: "MeetingPlaces",
                column: "FamilyCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlaces_State_MunicipalityId",
                table: "MeetingPlaces",
                columns: new[] { "State", "MunicipalityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_MeetingPlaceId",
                table: "Activities",
                column: "MeetingPlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_MunicipalityId",
                table: "Activities",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_OrganisationId",
                table: "Activities",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_State_MunicipalityId_FirstDate",
                table: "Activities",
                columns: new[] { "State", "MunicipalityId", "FirstDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Services_MunicipalityId",
                table: "Services",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Services_OrganisationId",
                table: "Services",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Services_State_MunicipalityId",
                table: "Services",
                columns: new[] { "State", "MunicipalityId" });

            migrationBuilder.AddForeignKey(
                name: "FK_MeetingPlaces_FamilyCentres_FamilyCentreId",
                table: "MeetingPlaces",
                column: "FamilyCentreId",
                principalTable: "FamilyCentres",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Meeting places seeded before the directory existed (the youth guidance centres) were public facts:
            // they become published, with empty opening hours, at version 1.
            migrationBuilder.Sql("UPDATE \"MeetingPlaces\" SET \"State\" = 'Published', \"OpeningHours\" = '[]', \"OpeningExceptions\" = '[]', \"Version\" = 1 WHERE \"State\" = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MeetingPlaces_FamilyCentres_FamilyCentreId",
                table: "MeetingPlaces");

            migrationBuilder.DropTable(
                name: "Activities");

            migrationBuilder.DropTable(
                name: "Services");

            migrationBuilder.DropIndex(
                name: "IX_MeetingPlaces_FamilyCentreId",
                table: "MeetingPlaces");

            migrationBuilder.DropIndex(
                name: "IX_MeetingPlaces_State_MunicipalityId",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "AccessibilityEn",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "AccessibilityFi",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "AccessibilitySv",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "DescriptionEn",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "DescriptionFi",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "DescriptionSv",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "FamilyCentreId",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "Offers",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "OpeningExceptions",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "OpeningHours",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "PostOffice",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "PostalCode",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "State",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "StreetAddress",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "WebUrl",
                table: "MeetingPlaces");
        }
    }
}
