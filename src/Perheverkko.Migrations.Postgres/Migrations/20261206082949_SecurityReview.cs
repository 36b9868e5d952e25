using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SecurityReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditSeals",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    FromId = table.Column<long>(type: "bigint", nullable: false),
                    ToId = table.Column<long>(type: "bigint", nullable: false),
                    RowCount = table.Column<int>(type: "integer", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SealedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSeals", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "SignInThrottles",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Failures = table.Column<int>(type: "integer", nullable: false),
                    LastFailureAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BlockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInThrottles", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditSeals_ToId",
                table: "AuditSeals",
                column: "ToId",
                unique: true);

            // Hand-written: the seals are append-only like the rows they cover (decision 0037); keep when regenerating.
            migrationBuilder.Sql("CREATE FUNCTION audit_seals_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'The audit seals are append-only.'; END $$;");
            migrationBuilder.Sql("CREATE TRIGGER audit_seals_no_change BEFORE UPDATE OR DELETE ON \"AuditSeals\" FOR EACH ROW EXECUTE FUNCTION audit_seals_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON \"AuditSeals\" FOR EACH STATEMENT EXECUTE FUNCTION audit_seals_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditSeals");

            migrationBuilder.DropTable(
                name: "SignInThrottles");
            migrationBuilder.Sql("DROP FUNCTION audit_seals_append_only();");
        }
    }
}
