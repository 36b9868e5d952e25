namespace Perheverkko.Web.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (the embedded default) or Postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

/// <summary>The provider and connection string in use, for the command line's backup and restore.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString);
