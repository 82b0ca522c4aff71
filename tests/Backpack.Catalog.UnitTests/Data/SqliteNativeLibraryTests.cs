using System.Diagnostics;
using Backpack.Catalog.Api.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Backpack.Catalog.UnitTests.Data;

/// <summary>
/// The native SQLite the factory loads (SQLitePCLRaw.bundle_e_sqlite3 3.x, SQLite 3.53) sleeps as long as it is asked
/// to. Its predecessor (2.0.6, SQLite 3.35) had no usleep, so every pause became a whole second, and a write waiting on
/// a lock held the write turn for that second; these checks keep that from coming back with a future bundle.
/// </summary>
public sealed class SqliteNativeLibraryTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"native-{Guid.NewGuid():N}.db");

    public SqliteNativeLibraryTests()
    {
        // The factory initialises the bundle.
        using var factory = new SqliteConnectionFactory("Data Source=:memory:");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_file) + "*"))
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_bundled_library_is_SQLite_3_53_or_later()
    {
        var version = Version.Parse(raw.sqlite3_libversion().utf8_to_string());

        version.ShouldBeGreaterThanOrEqualTo(new Version(3, 53), "STRICT tables and the busy handler checked below need it");
    }

    [Fact]
    public async Task A_writer_waiting_on_a_lock_gets_it_within_milliseconds_of_its_release()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var holder = await OpenAsync();
        await ExecuteAsync(holder, "PRAGMA journal_mode=WAL; CREATE TABLE t (v INTEGER) STRICT;");
        await ExecuteAsync(holder, "BEGIN IMMEDIATE; INSERT INTO t VALUES (1);");

        await using var waiter = await OpenAsync();
        await ExecuteAsync(waiter, "PRAGMA busy_timeout = 5000");
        var clock = Stopwatch.StartNew();
        var written = TimeSpan.Zero;
        // A thread of its own: SQLite's busy handler blocks it, and a pool thread could start late on a busy machine.
        var write = new Thread(() =>
        {
            using var command = waiter.CreateCommand();
            command.CommandText = "INSERT INTO t VALUES (2)";
            command.ExecuteNonQuery();
            written = clock.Elapsed;
        });
        write.Start();
        await Task.Delay(100, cancellation);
        var released = clock.Elapsed;
        await ExecuteAsync(holder, "COMMIT");
        write.Join(TimeSpan.FromSeconds(10)).ShouldBeTrue();

        written.ShouldBeGreaterThan(released, "the write really waited for the lock");
        (written - released).ShouldBeLessThan(TimeSpan.FromMilliseconds(700), "SQLite's busy handler retries every few ms; a whole-second sleep would take up to 1 s more");
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
