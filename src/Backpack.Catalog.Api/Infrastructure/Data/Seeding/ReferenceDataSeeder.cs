using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Features.Admin.ReferenceData;
using Dapper;

namespace Backpack.Catalog.Api.Infrastructure.Data.Seeding;

/// <summary>
/// Loads the demo freight lanes, duty rates and insurance terms (<c>db/seed/trade-reference.json</c>) when the database
/// has none, all or nothing. Every figure in it is a labelled demo value, and quotes that use one call it an estimate.
/// </summary>
public sealed class ReferenceDataSeeder(IDbConnectionFactory connections, TimeProvider clock, ILogger<ReferenceDataSeeder> logger)
{
    private const string CountReferenceData =
        "SELECT (SELECT COUNT(*) FROM freight_lanes) + (SELECT COUNT(*) FROM duty_rates) + (SELECT COUNT(*) FROM insurance_terms)";

    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The seed, with each demo lane valid from laneValidity.daysBeforeSeeding before <paramref name="today"/> to daysAfterSeeding
    /// after it: demo rates never run out on a demo database, and a real database gets its lanes, with real dates, from the admin.
    /// </summary>
    public static ReferenceDataSeed LoadEmbedded(DateOnly today)
    {
        using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream("db/seed/trade-reference.json")
            ?? throw new InvalidOperationException("db/seed/trade-reference.json is not embedded in this build.");
        var root = JsonNode.Parse(stream)?.AsObject() ?? throw new InvalidOperationException("db/seed/trade-reference.json is empty.");
        var validity = root["laneValidity"]!;
        var from = TradeReference.Format(today.AddDays(-validity["daysBeforeSeeding"]!.GetValue<int>()));
        var to = TradeReference.Format(today.AddDays(validity["daysAfterSeeding"]!.GetValue<int>()));
        foreach (var lane in root["lanes"]!.AsArray())
        {
            lane!["validFrom"] = from;
            lane["validTo"] = to;
        }

        var seed = root.Deserialize<ReferenceDataSeed>(SeedJson)
            ?? throw new InvalidOperationException("db/seed/trade-reference.json is empty.");
        var problems = new List<string>();
        foreach (var lane in seed.Lanes)
        {
            ReferenceDataRules.Check(lane, (at, message) => problems.Add($"lane {lane.Id} {at}: {message}"));
        }

        foreach (var duty in seed.Duties)
        {
            ReferenceDataRules.Check(duty, (at, message) => problems.Add($"duty {duty.Country} {duty.HsHeading} {at}: {message}"));
        }

        ReferenceDataRules.Check(seed.Insurance, (at, message) => problems.Add($"insurance {at}: {message}"));
        return problems.Count == 0 ? seed : throw new InvalidOperationException("db/seed/trade-reference.json is invalid:\n" + string.Join('\n', problems));
    }

    /// <returns>True when the reference tables were empty and the demo values were loaded.</returns>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>(sql.Render(CountReferenceData), transaction: transaction) > 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var seed = LoadEmbedded(DateOnly.FromDateTime(now.UtcDateTime));
        var nowMs = now.ToUnixTimeMilliseconds();
        foreach (var lane in seed.Lanes)
        {
            await ReferenceTables.Lanes.InsertAsync(connection, transaction, sql, ReferenceDataRules.ToLane(lane.Id!, lane, 1), nowMs);
        }

        foreach (var duty in seed.Duties)
        {
            await ReferenceTables.Duties.InsertAsync(connection, transaction, sql, ReferenceDataRules.ToRate(duty.Country!, duty.HsHeading!, duty, 1), nowMs);
        }

        await ReferenceTables.Insurance.InsertAsync(connection, transaction, sql, ReferenceDataRules.ToTerms(seed.Insurance, 1), nowMs);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded demo trade reference data: {Lanes} freight lanes, {Duties} duty rates and the insurance terms",
            seed.Lanes.Count, seed.Duties.Count);
        return true;
    }
}
