using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.Api.Infrastructure.Auth;

/// <summary>
/// <c>create-admin-key [label]</c>: the bootstrap for the first admin key (and for recovering access). Prints a
/// new admin key once; only its hash is stored. The embedded database is created first if needed; SQL Server
/// must have been migrated.
/// </summary>
public static class CreateAdminKeyCommand
{
    public const int MaxLabelLength = 100;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var label = args.Length > 1 ? string.Join(' ', args[1..]) : "bootstrap admin key";
        if (label.Length > MaxLabelLength)
        {
            await Console.Error.WriteLineAsync($"The label may hold at most {MaxLabelLength} characters.");
            return 2;
        }

        try
        {
            await app.Services.GetRequiredService<DatabaseInitializer>().StartAsync(CancellationToken.None);
        }
        catch (MigrationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }

        var issued = await app.Services.GetRequiredService<ApiKeyStore>().IssueAsync(ApiKeyRoles.Admin, null, label, CancellationToken.None);
        Console.WriteLine($"Admin key {issued.KeyId} ({label}). It is shown only this once; keep it in a secret store:");
        Console.WriteLine(issued.Key);
        return 0;
    }
}
