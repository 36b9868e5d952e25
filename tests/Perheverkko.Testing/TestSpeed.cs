using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Perheverkko.Testing;

/// <summary>
/// What makes a test app cheaper than the real one without changing what the tests check. Only <see cref="TestApp"/>
/// applies these (to its own services); the app's own settings are untouched.
/// </summary>
public static class TestSpeed
{
    /// <summary>
    /// PBKDF2 rounds of the passwords the test apps hash (the demo users in the template databases, the accounts tests
    /// create). Production keeps ASP.NET Identity's default (100,000): each hash and each sign-in costs it a CPU-bound
    /// tenth of a second or more, which every test sign-in and the template databases paid for nothing. The hash format, the verification
    /// and the rehash rules are the same at any count (the count is stored in the hash).
    /// </summary>
    public const int PasswordHashIterations = 1_000;

    /// <summary>
    /// SQLite without waiting for the disk at each commit (<c>PRAGMA synchronous=OFF</c>), as the tests' PostgreSQL
    /// runs with <c>fsync=off</c>: a test's database is thrown away after it, so durability through a power cut buys
    /// nothing. What a query returns and what a transaction sees are the same.
    /// </summary>
    public static readonly DbConnectionInterceptor SqliteWithoutSync = new NoSync();

    private sealed class NoSync : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (connection is SqliteConnection) Run(connection);
        }

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (connection is SqliteConnection) Run(connection);
            return Task.CompletedTask;
        }

        private static void Run(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=OFF;";
            command.ExecuteNonQuery();
        }
    }
}
