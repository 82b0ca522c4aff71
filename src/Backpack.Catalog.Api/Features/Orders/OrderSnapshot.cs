using System.Globalization;
using Backpack.Catalog.Api.Features.Orders.PlaceOrder;
using System.Text.Json;
using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>The shipment figures and landed cost an order was placed with, stored as answered.</summary>
public sealed record LandedCostSnapshot(ShipmentResponse Shipment, LandedCostResponse LandedCost);

/// <summary>Turns a priced order and its stock split into the rows that are stored (or, for a dry run, shown).</summary>
public static class OrderSnapshot
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    public static (OrderRow Order, IReadOnlyList<OrderLineRow> Lines, LandedCost Landed, ShipmentResponse Shipment) Build(
        string orderId, string distributorId, PlaceOrderRequest request, PricedOrder priced,
        IReadOnlyList<int> fromStock, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var (landed, shipment) = priced.Costing.Evaluate(fromStock);
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
                EstimatedShipDate = Format(OrderCosting.ShipDate(line, fromStock[i], today)),
                CustomizationsJson = OrderCustomizations.Store(line.Customizations),
                HsCode = line.HsCode,
                OriginCountry = line.OriginCountry,
            };
        }).ToList();

        var shipTo = request.ShipTo!;
        var order = new OrderRow
        {
            OrderId = orderId,
            DistributorId = distributorId,
            Status = priced.Lines.Any(l => l.Customizations.Count > 0) ? OrderStatus.AwaitingArtwork : OrderStatus.Submitted,
            Version = 1,
            BuyerReference = request.BuyerReference!,
            Currency = priced.Currency.Code,
            FxRate = priced.Rate.ToString(CultureInfo.InvariantCulture),
            FxRateAsOfMs = priced.RateAsOf?.ToUnixTimeMilliseconds(),
            Incoterm = priced.Costing.Rule.Code,
            IncotermPlace = priced.Costing.Place.Code,
            ShippingMode = landed.Response.Mode,
            ChargesMinor = landed.Charges is { } charges ? Money.ToMinor(charges, priced.Currency) : 0,
            LandedCostJson = JsonSerializer.Serialize(new LandedCostSnapshot(shipment, landed.Response), SnapshotJson),
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
            CustomizationMinor = priced.CustomizationMinor,
            SetupFeesJson = OrderCustomizations.Store(priced.SetupFees),
            PriceListJson = priced.PriceList is { } list ? JsonSerializer.Serialize(list, SnapshotJson) : null,
            OrderType = priced.Type,
            PreProductionSampleDays = priced.PreProductionSampleDays,
            PaymentTermsJson = priced.Terms.ToJson(),
            InspectionJson = priced.Inspection is { } inspection ? Inspections.InspectionMapping.Store(inspection) : null,
            InspectionFeeMinor = priced.Inspection?.FeeMinor ?? 0,
            DepositPercent = priced.DepositPercent,
            DepositMinor = priced.DepositMinor,
            BalanceMinor = priced.SubtotalMinor - priced.DepositMinor,
            PaymentTerms = priced.PaymentTerms,
            CreatedAtMs = now.ToUnixTimeMilliseconds(),
            UpdatedAtMs = now.ToUnixTimeMilliseconds(),
        };
        return (order, lines, landed, shipment);
    }

    public static PriceListResponse? PriceListOf(OrderRow order) =>
        order.PriceListJson is { } json ? JsonSerializer.Deserialize<PriceListResponse>(json, SnapshotJson) : null;

    public static LandedCostSnapshot? SnapshotOf(OrderRow order) =>
        order.LandedCostJson is { } json ? JsonSerializer.Deserialize<LandedCostSnapshot>(json, SnapshotJson) : null;

    /// <summary>For a dry run: how current stock would cover each line, in line order, without reserving it.</summary>
    public static IReadOnlyList<int> CoverFromCurrentStock(IReadOnlyList<PricedOrderLine> lines)
    {
        var left = lines.GroupBy(l => l.Sku, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().StockAvailable, StringComparer.Ordinal);
        return lines.Select(line =>
        {
            var take = Math.Min(line.Quantity, left[line.Sku]);
            left[line.Sku] -= take;
            return take;
        }).ToList();
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
