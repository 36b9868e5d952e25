using System.Reflection;
using Perheverkko.Web.Platform.Data;
using Xunit.Sdk;

namespace Perheverkko.Testing;

/// <summary>Runs a theory once on SQLite and once on PostgreSQL: every database test runs on both.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothDatabasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        [[DatabaseProvider.Sqlite], [DatabaseProvider.Postgres]];
}
