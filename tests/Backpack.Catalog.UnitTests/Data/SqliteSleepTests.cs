using System.Diagnostics;
using Backpack.Catalog.Api.Infrastructure.Data;
using Microsoft.Data.Sqlite;

namespace Backpack.Catalog.UnitTests.Data;

/// <summary>
/// The bundled SQLite sleeps whole seconds (no usleep in its Linux build); the factory installs a VFS whose sleep is as
/// long as asked. Elsewhere than 64-bit Linux there is nothing to fix, and the tests say so.
/// </summary>
public sealed class SqliteSleepTests
{
    [Fact]
    public void Connections_from_the_factory_use_the_vfs_that_sleeps_microseconds()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.Is64BitProcess, "The whole-second sleep is a Linux build's; nothing is installed here.");
        using var factory = new SqliteConnectionFactory("Data Source=:memory:");

        SqliteSleep.DefaultVfsName().ShouldBe(SqliteSleep.VfsName);
    }

    [Fact]
    public void A_one_millisecond_sleep_does_not_take_a_second()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.Is64BitProcess, "The whole-second sleep is a Linux build's; nothing is installed here.");
        SqliteSleep.Install().ShouldBeTrue();
        var clock = Stopwatch.StartNew();

        var slept = SqliteSleep.SleepThroughDefaultVfs(1000);

        slept.ShouldBe(1000);
        SqliteSleep.SleepThroughDefaultVfs(1).ShouldBe(1000, "the shortest pause is a millisecond, never none");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromMilliseconds(900), "the bundled unix VFS would have slept a whole second");
    }

    [Fact]
    public async Task The_database_works_through_it_in_write_ahead_log_mode()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.Is64BitProcess, "The whole-second sleep is a Linux build's; nothing is installed here.");
        var file = Path.Combine(Path.GetTempPath(), $"vfs-{Guid.NewGuid():N}.db");
        try
        {
            using var factory = new SqliteConnectionFactory($"Data Source={file}");
            await using (var connection = await factory.OpenAsync(TestContext.Current.CancellationToken))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (42);";
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            await using var reader = await factory.OpenAsync(TestContext.Current.CancellationToken);
            await using var query = reader.CreateCommand();
            query.CommandText = "SELECT v FROM t";
            (await query.ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe(42L);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + "*"))
            {
                File.Delete(path);
            }
        }
    }
}
