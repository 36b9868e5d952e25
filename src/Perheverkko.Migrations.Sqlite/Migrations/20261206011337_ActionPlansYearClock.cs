using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourcePlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionNumberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionMeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionLabel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProcessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearClockFeeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "YearClockTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    EndMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReminderDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TitleFi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleSv = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceGoalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ResponsibleOrganisationIds = table.Column<string>(type: "TEXT", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DescriptionFi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DescriptionSv = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TitleFi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleSv = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
