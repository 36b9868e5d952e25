using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AgreementSigning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "Parties",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "Parties",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "JoinedOn",
                table: "Parties",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeGivenBy",
                table: "Parties",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeGivenOn",
                table: "Parties",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NoticeWithdrawnAt",
                table: "Parties",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SigningRule",
                table: "Parties",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "AgreementVersions",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartyDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Organ = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Section = table.Column<int>(type: "integer", nullable: false),
                    RegisterNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Background = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Proposal = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    Decision = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    Preparer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Presenter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AuthorisedToSign = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AttachmentFileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    AttachmentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AttachmentSize = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyDecisions_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartySignatories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    LastNotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartySignatories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartySignatories_AspNetUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartySignatories_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SigningEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TextHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: true),
                    PartyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SignatoryUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    SignatoryName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AuthorityBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SigningEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SigningEvents_AgreementVersions_AgreementVersionId",
                        column: x => x.AgreementVersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DecisionAttachments",
                columns: table => new
                {
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionAttachments", x => x.DecisionId);
                    table.ForeignKey(
                        name: "FK_DecisionAttachments_PartyDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "PartyDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartyDecisions_PartyId",
                table: "PartyDecisions",
                column: "PartyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartySignatories_PartyId_StaffUserId",
                table: "PartySignatories",
                columns: new[] { "PartyId", "StaffUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartySignatories_StaffUserId",
                table: "PartySignatories",
                column: "StaffUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SigningEvents_AgreementVersionId_Sequence",
                table: "SigningEvents",
                columns: new[] { "AgreementVersionId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionAttachments");

            migrationBuilder.DropTable(
                name: "PartySignatories");

            migrationBuilder.DropTable(
                name: "SigningEvents");

            migrationBuilder.DropTable(
                name: "PartyDecisions");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "JoinedOn",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "NoticeGivenBy",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "NoticeGivenOn",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "NoticeWithdrawnAt",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "SigningRule",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "AgreementVersions");
        }
    }
}
