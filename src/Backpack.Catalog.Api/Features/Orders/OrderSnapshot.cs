using System.Globalization;
using Backpack.Catalog.Api.Features.Orders.PlaceOrder;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>Turns a priced order and its stock split into the rows that are stored (or, for a dry run, shown).</summary>
public static class OrderSnapshot
{
    public static (OrderRow Order, IReadOnlyList<OrderLineRow> Lines) Build(
        string orderId, string distributorId, PlaceOrderRequest request, PricedOrder priced,
        IReadOnlyList<int> fromStock, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var lines = priced.Lines.Select((line, i) =>
        {
            var madeToOrder = line.Quantity - fromStock[i];
            return new OrderLineRow
            {
                OrderId = orderId,
                LineNumber = line.Number,
                Sku = line.Sku,
                ProductId = line.ProductId,
                Sample = line.Sample,
                Quantity = line.Quantity,
                TierMinQuantity = line.TierMinQuantity,
                UnitPriceUsdCents = line.UnitPriceUsdCents,
                UnitPriceMinor = line.UnitPriceMinor,
                LineTotalMinor = line.LineTotalMinor,
                ReservedFromStock = fromStock[i],
                MadeToOrder = madeToOrder,
                EstimatedShipDate = Format(today.AddDays(madeToOrder > 0 ? line.LeadTimeDays : QuoteAssembler.InStockDispatchDays)),
            };
        }).ToList();

        var shipTo = request.ShipTo!;
        var order = new OrderRow
        {
            OrderId = orderId,
            DistributorId = distributorId,
            Status = OrderStatus.Submitted,
            Version = 1,
            BuyerReference = request.BuyerReference!,
            Currency = priced.Currency.Code,
            FxRate = priced.Rate.ToString(CultureInfo.InvariantCulture),
            FxRateAsOfMs = priced.RateAsOf?.ToUnixTimeMilliseconds(),
            Incoterm = priced.Incoterm,
            ShipToName = shipTo.Name,
            ShipToLine1 = shipTo.AddressLine1!,
            ShipToLine2 = shipTo.AddressLine2,
            ShipToCity = shipTo.City!,
            ShipToRegion = shipTo.Region,
            ShipToPostalCode = shipTo.PostalCode,
            ShipToCountry = shipTo.Country!,
            RequestedDeliveryDate = request.RequestedDeliveryDate is { } requested ? Format(requested) : null,
            PromisedShipDate = lines.Max(l => l.EstimatedShipDate)!,
            QuoteId = priced.QuoteId,
            Notes = request.Notes,
            Units = priced.Units,
            SubtotalMinor = priced.SubtotalMinor,
            SubtotalUsdCents = priced.SubtotalUsdCents,
            DepositPercent = priced.DepositPercent,
            DepositMinor = priced.DepositMinor,
            BalanceMinor = priced.SubtotalMinor - priced.DepositMinor,
            PaymentTerms = priced.PaymentTerms,
            CreatedAtMs = now.ToUnixTimeMilliseconds(),
            UpdatedAtMs = now.ToUnixTimeMilliseconds(),
        };
        return (order, lines);
    }

    /// <summary>For a dry run: how current stock would cover each line, in line order, without reserving it.</summary>
    public static IReadOnlyList<int> CoverFromCurrentStock(PricedOrder priced)
    {
        var left = priced.Lines.GroupBy(l => l.Sku, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().StockAvailable, StringComparer.Ordinal);
        return priced.Lines.Select(line =>
        {
            var take = Math.Min(line.Quantity, left[line.Sku]);
            left[line.Sku] -= take;
            return take;
        }).ToList();
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
