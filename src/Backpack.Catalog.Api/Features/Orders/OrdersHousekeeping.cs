using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>
/// Deletes idempotency keys past their retention and quotes a month past their validity, every
/// <see cref="OrdersOptions.PurgeInterval"/>. Safe to run in every instance: the deletes are idempotent.
/// </summary>
public sealed class OrdersHousekeeping(
    IDbConnectionFactory connections, IdempotencyStore idempotency, TimeProvider clock, IOptions<OrdersOptions> options,
    ILogger<OrdersHousekeeping> logger) : BackgroundService
{
    /// <summary>Expired quotes are kept this long so that an order naming one hears "expired", not "unknown".</summary>
    public static readonly TimeSpan ExpiredQuoteRetention = TimeSpan.FromDays(30);

    private const string PurgeExpiredQuotes = "DELETE FROM quotes WHERE valid_until_ms <= @BeforeMs;";

    public async Task<(int Keys, int Quotes)> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var turn = await connections.TakeWriteTurnAsync(cancellationToken);
        var keys = await idempotency.PurgeExpiredAsync(connection, now.ToUnixTimeMilliseconds());
        var quotes = await connection.ExecuteAsync(connections.Dialect.Render(PurgeExpiredQuotes),
            new { BeforeMs = (now - ExpiredQuoteRetention).ToUnixTimeMilliseconds() });
        return (keys, quotes);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var (keys, quotes) = await PurgeAsync(stoppingToken);
                if (keys + quotes > 0)
                {
                    logger.LogInformation("Purged {Keys} expired idempotency keys and {Quotes} expired quotes", keys, quotes);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Purging expired idempotency keys and quotes failed; retrying next interval");
            }
        }
    }
}
