using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Customization;
using Dapper;

namespace Backpack.Catalog.Api.Infrastructure.Data.Seeding;

/// <summary>
/// Loads the demo customisation options (<c>db/seed/customization-options.json</c>) when the database has none, all or
/// nothing; each is held to the admin API's rules first.
/// </summary>
public sealed class CustomizationSeeder(IDbConnectionFactory connections, TimeProvider clock, ILogger<CustomizationSeeder> logger)
{
    private const string CountOptions = "SELECT COUNT(*) FROM customization_options";

    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web);

    public static CustomizationSeed LoadEmbedded()
    {
        using var stream = typeof(CustomizationSeeder).Assembly.GetManifestResourceStream("db/seed/customization-options.json")
            ?? throw new InvalidOperationException("db/seed/customization-options.json is not embedded in this build.");
        var seed = JsonSerializer.Deserialize<CustomizationSeed>(stream, SeedJson)
            ?? throw new InvalidOperationException("db/seed/customization-options.json is empty.");
        var problems = new List<string>();
        foreach (var option in seed.Options)
        {
            // The demo options name families only, so no SKU needs looking up.
            CustomizationOptionRules.Check(option, new Dictionary<string, string>(), (at, message) => problems.Add($"{option.Id} {at}: {message}"));
        }

        return problems.Count == 0 ? seed : throw new InvalidOperationException("db/seed/customization-options.json is invalid:\n" + string.Join('\n', problems));
    }

    /// <returns>True when there were no options and the demo ones were loaded.</returns>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>(CountOptions, transaction: transaction) > 0)
        {
            return false;
        }

        var seed = LoadEmbedded();
        var nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var option in seed.Options)
        {
            await CustomizationOptionTable.Instance.InsertAsync(connection, transaction, sql, CustomizationOptionRules.ToOption(option.Id!, option, 1), nowMs);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} demo customisation options", seed.Options.Count);
        return true;
    }
}
