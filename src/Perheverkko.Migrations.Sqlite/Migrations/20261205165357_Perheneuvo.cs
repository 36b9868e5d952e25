using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Perheneuvo : Migration
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

            migrationBuilder.CreateTable(
                name: "AdviceSettings",
                columns: table => new
                {
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FirstAnswerWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RetentionMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtraDaysOff = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DataControllerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PhoneHoursEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PhoneHoursFi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PhoneHoursSv = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    UrgentNumbersEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UrgentNumbersFi = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UrgentNumbersSv = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdviceSettings", x => x.RegionId);
                    table.ForeignKey(
                        name: "FK_AdviceSettings_Organisations_DataControllerId",
                        column: x => x.DataControllerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AdviceSettings_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdviceTeams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdviceTeams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdviceTeams_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdviceTeams_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdviceTopics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    NameFi = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    NameSv = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdviceTopics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdviceTopics_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdviceTeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Since = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdviceTeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdviceTeamMembers_AdviceTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "AdviceTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdviceTeamMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FamilyContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnswerBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstAnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContentDeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnswerLinkRevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TeamRemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CoordinatorRemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SealedCallWindow = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SealedEmail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SealedName = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SealedPhone = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyContacts_AdviceTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "AdviceTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyContacts_AdviceTopics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "AdviceTopics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyContacts_AspNetUsers_AssignedToId",
                        column: x => x.AssignedToId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FamilyContacts_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FamilyContacts_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyContacts_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnswerLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnswerLinks_FamilyContacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "FamilyContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SealedText = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactEntries_FamilyContacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "FamilyContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdviceSettings_DataControllerId",
                table: "AdviceSettings",
                column: "DataControllerId");

            migrationBuilder.CreateIndex(
                name: "IX_AdviceTeamMembers_TeamId_UserId",
                table: "AdviceTeamMembers",
                columns: new[] { "TeamId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdviceTeamMembers_UserId",
                table: "AdviceTeamMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AdviceTeams_MunicipalityId",
                table: "AdviceTeams",
                column: "MunicipalityId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdviceTeams_RegionId",
                table: "AdviceTeams",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_AdviceTopics_RegionId_Order",
                table: "AdviceTopics",
                columns: new[] { "RegionId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_AnswerLinks_ContactId",
                table: "AnswerLinks",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_AnswerLinks_Hash",
                table: "AnswerLinks",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContactEntries_ContactId_At",
                table: "ContactEntries",
                columns: new[] { "ContactId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyContacts_AssignedToId",
                table: "FamilyContacts",
                column: "AssignedToId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyContacts_MunicipalityId",
                table: "FamilyContacts",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyContacts_RecordedById",
                table: "FamilyContacts",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyContacts_RegionId_Reference",
                table: "FamilyContacts",
                columns: new[] { "RegionId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyContacts_RegionId_TeamId_State_ReceivedAt",
                table: "FamilyContacts",
                columns: new[] { "RegionId", "TeamId", "State", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyContacts_State_ClosedAt",
                table: "FamilyContacts",
                columns: new[] { "State", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyContacts_TeamId",
                table: "FamilyContacts",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyContacts_TopicId",
                table: "FamilyContacts",
                column: "TopicId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdviceSettings");

            migrationBuilder.DropTable(
                name: "AdviceTeamMembers");

            migrationBuilder.DropTable(
                name: "AnswerLinks");

            migrationBuilder.DropTable(
                name: "ContactEntries");

            migrationBuilder.DropTable(
                name: "FamilyContacts");

            migrationBuilder.DropTable(
                name: "AdviceTeams");

            migrationBuilder.DropTable(
                name: "AdviceTopics");

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
