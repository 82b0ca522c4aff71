using System.Data.Common;
using System.Globalization;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Pricing.QuotePreview;

/// <summary>Holds a valid quote's USD unit prices and exchange rate, so an order naming its id gets exactly these.</summary>
internal static class QuoteHoldData
{
    private const string InsertQuote = """
        INSERT INTO quotes (quote_id, currency, fx_rate, fx_rate_as_of_ms, created_at_ms, valid_until_ms)
        VALUES (@QuoteId, @Currency, @FxRate, @FxRateAsOfMs, @CreatedAtMs, @ValidUntilMs);
        """;

    private const string InsertQuoteLine = """
        INSERT INTO quote_lines (quote_id, line_number, sku, sample, quantity, unit_price_usd_cents, customizations_json)
        VALUES (@QuoteId, @LineNumber, @Sku, @Sample, @Quantity, @UnitPriceUsdCents, @CustomizationsJson);
        """;

    /// <param name="CustomizationsJson">The customisations as asked (OrderCustomizations.Fingerprint), which an order must repeat.</param>
    public sealed record HeldLine(string Sku, bool Sample, int Quantity, long UnitPriceUsdCents, string? CustomizationsJson);

    public static async Task HoldAsync(
        DbConnection connection, SqlDialect sql, string quoteId, string currency, decimal rate, DateTimeOffset? rateAsOf,
        DateTimeOffset now, DateTimeOffset validUntil, IReadOnlyList<HeldLine> lines, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(sql.Render(InsertQuote), new
        {
            QuoteId = quoteId, Currency = currency, FxRate = rate.ToString(CultureInfo.InvariantCulture),
            FxRateAsOfMs = rateAsOf?.ToUnixTimeMilliseconds(), CreatedAtMs = now.ToUnixTimeMilliseconds(),
            ValidUntilMs = validUntil.ToUnixTimeMilliseconds(),
        }, transaction);
        await connection.ExecuteAsync(sql.Render(InsertQuoteLine), lines.Select((l, i) => new
        {
            QuoteId = quoteId, LineNumber = i + 1, l.Sku, l.Sample, l.Quantity, l.UnitPriceUsdCents, l.CustomizationsJson,
        }), transaction);
        await transaction.CommitAsync(cancellationToken);
    }
}
