using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegionsAndAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_Slug",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_MeetingPlaces_Slug",
                table: "MeetingPlaces");

            migrationBuilder.DropIndex(
                name: "IX_Groups_Slug",
                table: "Groups");

            migrationBuilder.DropIndex(
                name: "IX_AgreementVersions_StartYear_EndYear",
                table: "AgreementVersions");

            migrationBuilder.AddColumn<Guid>(
                name: "RegionId",
                table: "Services",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "Regions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "DefaultMinutesApproval",
                table: "Regions",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DefaultQuorum",
                table: "Regions",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "EndDay",
                table: "Regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EndMonth",
                table: "Regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "Regions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "LeadershipMeetingsPerYear",
                table: "Regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NoticeDeadlineDay",
                table: "Regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NoticeDeadlineMonth",
                table: "Regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SigningReminderDays",
                table: "Regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Regions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "RegionId",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RegionId",
                table: "Organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "RegionId",
                table: "MeetingPlaces",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "RegionId",
                table: "Groups",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "RegionId",
                table: "AuditRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RegionId",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RegionId",
                table: "AgreementVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "RegionId",
                table: "Activities",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Before regions every deployment had one region (South Savo): its records and non-admin accounts become
            // that region's, its administrators stay national, and it gets South Savo's terms (decision 0025).
            migrationBuilder.Sql("""
                UPDATE "Regions" SET "NoticeDeadlineMonth" = 6, "NoticeDeadlineDay" = 30, "EndMonth" = 12, "EndDay" = 31,
                    "LeadershipMeetingsPerYear" = 12, "DefaultQuorum" = 'MoreThanHalf', "DefaultMinutesApproval" = 'ByChair',
                    "SigningReminderDays" = 7, "Languages" = 'fi,sv,en', "Version" = 1, "CreatedAt" = datetime('now'), "UpdatedAt" = datetime('now')
                WHERE "Version" = 0;
                UPDATE "Organisations" SET "RegionId" = (SELECT "Id" FROM "Regions" ORDER BY "Slug" LIMIT 1);
                UPDATE "AgreementVersions" SET "RegionId" = (SELECT "Id" FROM "Regions" ORDER BY "Slug" LIMIT 1);
                UPDATE "Groups" SET "RegionId" = (SELECT "Id" FROM "Regions" ORDER BY "Slug" LIMIT 1);
                UPDATE "MeetingPlaces" SET "RegionId" = (SELECT "Id" FROM "Regions" ORDER BY "Slug" LIMIT 1);
                UPDATE "Services" SET "RegionId" = (SELECT "Id" FROM "Regions" ORDER BY "Slug" LIMIT 1);
                UPDATE "Activities" SET "RegionId" = (SELECT "Id" FROM "Regions" ORDER BY "Slug" LIMIT 1);
                UPDATE "AuditRecords" SET "RegionId" = (SELECT "Id" FROM "Regions" ORDER BY "Slug" LIMIT 1);
                UPDATE "OutboxMessages" SET "RegionId" = (SELECT "Id" FROM "Regions" ORDER BY "Slug" LIMIT 1);
                UPDATE "AspNetUsers" SET "RegionId" = (SELECT "Id" FROM "Regions" ORDER BY "Slug" LIMIT 1) WHERE "Role" <> 'Admin';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Services_RegionId_State",
                table: "Services",
                columns: new[] { "RegionId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RegionId_CreatedAt",
                table: "OutboxMessages",
                columns: new[] { "RegionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_RegionId_Slug",
                table: "Organisations",
                columns: new[] { "RegionId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlaces_RegionId_Slug",
                table: "MeetingPlaces",
                columns: new[] { "RegionId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlaces_RegionId_State",
                table: "MeetingPlaces",
                columns: new[] { "RegionId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Groups_RegionId_Slug",
                table: "Groups",
                columns: new[] { "RegionId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_RegionId_OccurredAt",
                table: "AuditRecords",
                columns: new[] { "RegionId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_RegionId",
                table: "AspNetUsers",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_RegionId_StartYear_EndYear",
                table: "AgreementVersions",
                columns: new[] { "RegionId", "StartYear", "EndYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activities_RegionId_State",
                table: "Activities",
                columns: new[] { "RegionId", "State" });

            migrationBuilder.AddForeignKey(
                name: "FK_Activities_Regions_RegionId",
                table: "Activities",
                column: "RegionId",
                principalTable: "Regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AgreementVersions_Regions_RegionId",
                table: "AgreementVersions",
                column: "RegionId",
                principalTable: "Regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Regions_RegionId",
                table: "AspNetUsers",
                column: "RegionId",
                principalTable: "Regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Groups_Regions_RegionId",
                table: "Groups",
                column: "RegionId",
                principalTable: "Regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MeetingPlaces_Regions_RegionId",
                table: "MeetingPlaces",
                column: "RegionId",
                principalTable: "Regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Organisations_Regions_RegionId",
                table: "Organisations",
                column: "RegionId",
                principalTable: "Regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Services_Regions_RegionId",
                table: "Services",
                column: "RegionId",
                principalTable: "Regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Activities_Regions_RegionId",
                table: "Activities");

            migrationBuilder.DropForeignKey(
                name: "FK_AgreementVersions_Regions_RegionId",
                table: "AgreementVersions");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Regions_RegionId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_Groups_Regions_RegionId",
                table: "Groups");

            migrationBuilder.DropForeignKey(
                name: "FK_MeetingPlaces_Regions_RegionId",
                table: "MeetingPlaces");

            migrationBuilder.DropForeignKey(
                name: "FK_Organisations_Regions_RegionId",
                table: "Organisations");

            migrationBuilder.DropForeignKey(
                name: "FK_Services_Regions_RegionId",
                table: "Services");

            migrationBuilder.DropIndex(
                name: "IX_Services_RegionId_State",
                table: "Services");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_RegionId_CreatedAt",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_RegionId_Slug",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_MeetingPlaces_RegionId_Slug",
                table: "MeetingPlaces");

            migrationBuilder.DropIndex(
                name: "IX_MeetingPlaces_RegionId_State",
                table: "MeetingPlaces");

            migrationBuilder.DropIndex(
                name: "IX_Groups_RegionId_Slug",
                table: "Groups");

            migrationBuilder.DropIndex(
                name: "IX_AuditRecords_RegionId_OccurredAt",
                table: "AuditRecords");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_RegionId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AgreementVersions_RegionId_StartYear_EndYear",
                table: "AgreementVersions");

            migrationBuilder.DropIndex(
                name: "IX_Activities_RegionId_State",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "DefaultMinutesApproval",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "DefaultQuorum",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "EndDay",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "EndMonth",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "LeadershipMeetingsPerYear",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "NoticeDeadlineDay",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "NoticeDeadlineMonth",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "SigningReminderDays",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "MeetingPlaces");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "Groups");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "AgreementVersions");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Slug",
                table: "Organisations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlaces_Slug",
                table: "MeetingPlaces",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Groups_Slug",
                table: "Groups",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_StartYear_EndYear",
                table: "AgreementVersions",
                columns: new[] { "StartYear", "EndYear" },
                unique: true);
        }
    }
}
