using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.UnitTests.Data;

public sealed class SqliteConnectionFactoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "backpack-factory-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteConnectionFactory _connections;

    public SqliteConnectionFactoryTests()
    {
        Directory.CreateDirectory(_folder);
        _connections = Factory();
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_connection_handed_back_is_lent_again_with_its_prepared_statements()
    {
        SqliteSession first;
        await using (var connection = await _connections.OpenAsync(Cancellation))
        {
            (await connection.ExecuteScalarAsync<long>("SELECT 41 + 1")).ShouldBe(42);
            first = ((SqliteLease)connection).Session;
        }

        await using var again = await _connections.OpenAsync(Cancellation);
        ((SqliteLease)again).Session.ShouldBeSameAs(first);
        first.Statement("SELECT 41 + 1").ShouldBeSameAs(first.Statement("SELECT 41 + 1"));
    }

    [Fact]
    public async Task A_reused_statement_binds_each_execution_s_own_parameters()
    {
        await using var connection = await _connections.OpenAsync(Cancellation);
        await connection.ExecuteAsync("CREATE TABLE items (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL)");
        await connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (@Id, @Name)",
            new[] { new { Id = 1, Name = "one" }, new { Id = 2, Name = "two" }, new { Id = 3, Name = "three" } });

        (await connection.QuerySingleAsync<string>("SELECT name FROM items WHERE id = @Id", new { Id = 1 })).ShouldBe("one");
        (await connection.QuerySingleAsync<string>("SELECT name FROM items WHERE id = @Id", new { Id = 3 })).ShouldBe("three");
        (await connection.QueryAsync<string>("SELECT name FROM items WHERE id IN @Ids ORDER BY id", new { Ids = (int[])[2, 3] }))
            .ShouldBe(["two", "three"]);
    }

    [Fact]
    public async Task A_transaction_left_open_is_rolled_back_before_the_connection_is_lent_again()
    {
        await using (var setup = await _connections.OpenAsync(Cancellation))
        {
            await setup.ExecuteAsync("CREATE TABLE items (id INTEGER NOT NULL PRIMARY KEY)");
        }

        await using (var abandoned = await _connections.OpenAsync(Cancellation))
        {
            var transaction = await abandoned.BeginTransactionAsync(Cancellation);
            await abandoned.ExecuteAsync("INSERT INTO items (id) VALUES (1)", transaction: transaction);
        }

        await using var next = await _connections.OpenAsync(Cancellation);
        await using var own = await next.BeginTransactionAsync(Cancellation);
        (await next.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items", transaction: own)).ShouldBe(0);
    }

    [Fact]
    public async Task A_returned_lease_can_no_longer_be_used()
    {
        var connection = await _connections.OpenAsync(Cancellation);
        await connection.DisposeAsync();

        await Should.ThrowAsync<ObjectDisposedException>(() => connection.ExecuteScalarAsync<long>("SELECT 1"));
    }

    [Theory]
    [InlineData(SqliteSynchronous.Full, 2)]
    [InlineData(SqliteSynchronous.Normal, 1)]
    public async Task Every_connection_syncs_as_configured(SqliteSynchronous synchronous, long pragmaValue)
    {
        using var connections = Factory(synchronous);
        await using var first = await connections.OpenAsync(Cancellation);
        await using var second = await connections.OpenAsync(Cancellation);

        (await first.ExecuteScalarAsync<long>("PRAGMA synchronous")).ShouldBe(pragmaValue);
        (await second.ExecuteScalarAsync<long>("PRAGMA synchronous")).ShouldBe(pragmaValue);
    }

    [Fact]
    public async Task Writers_take_turns_and_a_turn_passes_on_when_disposed()
    {
        var first = await _connections.TakeWriteTurnAsync(Cancellation);
        var second = _connections.TakeWriteTurnAsync(Cancellation).AsTask();
        await Task.Delay(50, Cancellation);
        second.IsCompleted.ShouldBeFalse("only one writer's turn at a time");

        first.Dispose();
        first.Dispose();
        var secondTurn = await second.WaitAsync(TimeSpan.FromSeconds(5), Cancellation);
        var third = _connections.TakeWriteTurnAsync(Cancellation).AsTask();
        await Task.Delay(50, Cancellation);
        third.IsCompleted.ShouldBeFalse("disposing a turn twice must not hand out two turns");

        secondTurn.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5), Cancellation)).Dispose();
    }

    [Fact]
    public async Task On_SqlServer_every_write_turn_is_granted_at_once()
    {
        var connections = new SqlServerConnectionFactory("Server=unused");
        using var first = await connections.TakeWriteTurnAsync(Cancellation);
        var second = connections.TakeWriteTurnAsync(Cancellation).AsTask();

        second.IsCompletedSuccessfully.ShouldBeTrue();
    }

    private SqliteConnectionFactory Factory(SqliteSynchronous synchronous = SqliteSynchronous.Full) =>
        new($"Data Source={Path.Combine(_folder, "test.db")}", synchronous);

    public void Dispose()
    {
        _connections.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
