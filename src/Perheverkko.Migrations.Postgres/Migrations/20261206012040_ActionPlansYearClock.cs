using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ActionPlansYearClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourcePlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionNumberId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionMeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionLabel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ProcessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlans_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YearClockFeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearClockFeeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "YearClockTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartMonth = table.Column<int>(type: "integer", nullable: false),
                    EndMonth = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReminderDays = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TitleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TitleFi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleSv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearClockTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearClockTasks_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanComments_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceGoalId = table.Column<Guid>(type: "uuid", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ResponsibleOrganisationIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Indicator = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DescriptionFi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DescriptionSv = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TitleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TitleFi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleSv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanGoals_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YearClockReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearClockReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearClockReminders_YearClockTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "YearClockTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanResources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanResources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanResources_ActionPlanGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "ActionPlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionPlanResources_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanComments_PlanId",
                table: "ActionPlanComments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanGoals_PlanId",
                table: "ActionPlanGoals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanGoals_SourceGoalId",
                table: "ActionPlanGoals",
                column: "SourceGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanResources_GoalId",
                table: "ActionPlanResources",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanResources_OrganisationId",
                table: "ActionPlanResources",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_RegionId_Year",
                table: "ActionPlans",
                columns: new[] { "RegionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearClockFeeds_StaffUserId",
                table: "YearClockFeeds",
                column: "StaffUserId");

            migrationBuilder.CreateIndex(
                name: "IX_YearClockFeeds_TokenHash",
                table: "YearClockFeeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearClockReminders_TaskId_Year",
                table: "YearClockReminders",
                columns: new[] { "TaskId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearClockTasks_RegionId",
                table: "YearClockTasks",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionPlanComments");

            migrationBuilder.DropTable(
                name: "ActionPlanResources");

            migrationBuilder.DropTable(
                name: "YearClockFeeds");

            migrationBuilder.DropTable(
                name: "YearClockReminders");

            migrationBuilder.DropTable(
                name: "ActionPlanGoals");

            migrationBuilder.DropTable(
                name: "YearClockTasks");

            migrationBuilder.DropTable(
                name: "ActionPlans");
        }
    }
}
