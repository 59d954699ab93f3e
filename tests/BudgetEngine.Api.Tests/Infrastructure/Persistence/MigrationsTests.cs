using BudgetEngine.Api.Infrastructure.Persistence;

namespace BudgetEngine.Api.Tests.Infrastructure.Persistence;

public sealed class MigrationsTests
{
    [Fact]
    public void SQLite_and_PostgreSQL_have_the_same_numbered_migrations_with_the_same_names()
    {
        var sqlite = SqlDialect.Sqlite.Migrations.Select(m => (m.Version, m.Name));
        var postgres = SqlDialect.Postgres.Migrations.Select(m => (m.Version, m.Name));

        postgres.Should().Equal(sqlite);
        sqlite.Select(m => m.Version).Should().Equal(Enumerable.Range(1, sqlite.Count()), "numbered 1, 2, 3, ... without a gap");
    }
}
