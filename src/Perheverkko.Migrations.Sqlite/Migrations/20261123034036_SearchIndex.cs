using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perheverkko.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index lives outside the EF Core model (Platform/Search/SearchIndex.cs, docs/search.md):
            // one row per item, and an FTS5 table of its analysed terms under the same rowid. The terms are made by
            // the application's analyser; the 'ascii' tokenizer only splits them at the spaces between them.
            migrationBuilder.Sql("CREATE TABLE search_items (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, item_id TEXT NOT NULL, analysis TEXT NOT NULL, UNIQUE (kind, item_id));");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE search_terms USING fts5(names, texts, tokenize = 'ascii');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_terms;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS search_items;");
        }
    }
}
