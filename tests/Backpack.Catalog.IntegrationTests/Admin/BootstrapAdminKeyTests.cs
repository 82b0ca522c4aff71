using System.Diagnostics;
using System.Net;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Admin;

/// <summary>The documented bootstrap: <c>create-admin-key</c> prints a key once; it works at once and is stored only hashed.</summary>
public sealed class BootstrapAdminKeyTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    [Fact]
    public async Task The_create_admin_key_command_prints_a_working_admin_key_and_stores_only_its_hash()
    {
        var (exitCode, output) = await RunApiAsync("create-admin-key", "ops bootstrap");

        exitCode.ShouldBe(0, output);
        var key = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("bpk_", StringComparison.Ordinal));
        var keyId = key.Split('_')[1];
        (await api.Database.ScalarAsync<string>($"SELECT role FROM api_keys WHERE key_id = '{keyId}'")).ShouldBe("admin");
        (await api.Database.ScalarAsync<string>($"SELECT label FROM api_keys WHERE key_id = '{keyId}'")).ShouldBe("ops bootstrap");
        var stored = await api.Database.ScalarAsync<string>($"SELECT key_hash FROM api_keys WHERE key_id = '{keyId}'");
        stored.ShouldNotContain(key.Split('_')[2]);
        stored.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))));

        var response = await api.ClientWithKey(key).GetAsync("/v1/admin/distributors", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_label_over_100_characters_is_refused_and_no_key_is_made()
    {
        var before = await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM api_keys");

        var (exitCode, output) = await RunApiAsync("create-admin-key", new string('x', 101));

        exitCode.ShouldBe(2, output);
        output.ShouldContain("at most 100 characters");
        (await api.Database.ScalarAsync<long>("SELECT COUNT(*) FROM api_keys")).ShouldBe(before);
    }

    private async Task<(int ExitCode, string Output)> RunApiAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__Provider"] = api.Database.Provider.ToString();
        start.Environment["Database__ConnectionString"] = api.Database.ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
