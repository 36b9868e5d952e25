using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index lives outside the EF Core model (Platform/Search/SearchIndex.cs, docs/search.md):
            // one row per item with a tsvector of its analysed terms, names at weight A and other texts at B. The
            // application writes the tsvector literal itself, so no text search configuration changes a term.
            migrationBuilder.Sql("CREATE TABLE search_index (kind text NOT NULL, item_id uuid NOT NULL, analysis text NOT NULL, document tsvector NOT NULL, PRIMARY KEY (kind, item_id));");
            migrationBuilder.Sql("CREATE INDEX search_index_document ON search_index USING gin (document);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_index;");
        }
    }
}
