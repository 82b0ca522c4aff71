namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>An order as stored: the snapshot taken at placement plus its current status and version.</summary>
public sealed class OrderRow
{
    public const string Columns = """
        o.order_id, o.distributor_id, o.status, o.version, o.buyer_reference, o.currency, o.fx_rate, o.fx_rate_as_of_ms,
        o.incoterm, o.ship_to_name, o.ship_to_line1, o.ship_to_line2, o.ship_to_city, o.ship_to_region, o.ship_to_postal_code,
        o.ship_to_country, o.requested_delivery_date, o.promised_ship_date, o.quote_id, o.notes, o.units, o.subtotal_minor,
        o.subtotal_usd_cents, o.deposit_percent, o.deposit_minor, o.balance_minor, o.payment_terms, o.created_at_ms, o.updated_at_ms,
        o.incoterm_place, o.shipping_mode, o.charges_minor, o.landed_cost_json, o.customization_minor, o.setup_fees_json, o.price_list_json,
        o.order_type, o.pre_production_sample_days, o.payment_terms_json, o.inspection_json, o.inspection_fee_minor
        """;

    public string OrderId { get; set; } = "";
    public string DistributorId { get; set; } = "";
    public string Status { get; set; } = "";
    public int Version { get; set; }
    public string BuyerReference { get; set; } = "";
    public string Currency { get; set; } = "";
    public string FxRate { get; set; } = "1";
    public long? FxRateAsOfMs { get; set; }
    public string Incoterm { get; set; } = "";
    public string? IncotermPlace { get; set; }
    public string? ShippingMode { get; set; }
    public long ChargesMinor { get; set; }
    public string? LandedCostJson { get; set; }
    public long CustomizationMinor { get; set; }
    public string? SetupFeesJson { get; set; }

    /// <summary>The distributor's price list as it stood at placement (applied, expired or scheduled); null when there was none.</summary>
    public string? PriceListJson { get; set; }

    /// <summary>bulk or sample (OrderTypes).</summary>
    public string OrderType { get; set; } = OrderTypes.Bulk;

    /// <summary>The days to make the pre-production sample the order asked for; null when it asked for none.</summary>
    public int? PreProductionSampleDays { get; set; }

    /// <summary>The final inspection ordered at placement, with its fee; null when none was.</summary>
    public string? InspectionJson { get; set; }

    public long InspectionFeeMinor { get; set; }

    /// <summary>What the supplier invoices: the goods with their customisation, the trade charges, and the inspection fee.</summary>
    public long TotalMinor => SubtotalMinor + ChargesMinor + InspectionFeeMinor;

    /// <summary>The structured terms copied at placement; null on orders placed before them.</summary>
    public string? PaymentTermsJson { get; set; }

    /// <summary>The terms the order is held to: as copied, or for an older order T/T with its deposit and the balance before shipment.</summary>
    public Features.Payments.PaymentTerms Terms => Features.Payments.PaymentTerms.Parse(PaymentTermsJson) ?? Features.Payments.PaymentTerms.Legacy(DepositPercent);
    public string? ShipToName { get; set; }
    public string ShipToLine1 { get; set; } = "";
    public string? ShipToLine2 { get; set; }
    public string ShipToCity { get; set; } = "";
    public string? ShipToRegion { get; set; }
    public string? ShipToPostalCode { get; set; }
    public string ShipToCountry { get; set; } = "";
    public string? RequestedDeliveryDate { get; set; }
    public string PromisedShipDate { get; set; } = "";
    public string? QuoteId { get; set; }
    public string? Notes { get; set; }
    public int Units { get; set; }
    public long SubtotalMinor { get; set; }
    public long SubtotalUsdCents { get; set; }
    public int DepositPercent { get; set; }
    public long DepositMinor { get; set; }
    public long BalanceMinor { get; set; }
    public string PaymentTerms { get; set; } = "";
    public long CreatedAtMs { get; set; }
    public long UpdatedAtMs { get; set; }

    /// <summary>The strong entity tag of the order's current version; If-Match compares against it.</summary>
    public string ETag => $"\"v{Version}\"";
}

public sealed class OrderLineRow
{
    public string OrderId { get; set; } = "";
    public int LineNumber { get; set; }
    public string Sku { get; set; } = "";
    public string ProductId { get; set; } = "";
    public bool Sample { get; set; }
    public int Quantity { get; set; }
    public int? TierMinQuantity { get; set; }
    public long UnitPriceUsdCents { get; set; }
    public long UnitPriceMinor { get; set; }
    public long LineTotalMinor { get; set; }
    public int ReservedFromStock { get; set; }
    public int MadeToOrder { get; set; }
    public string EstimatedShipDate { get; set; } = "";
    public string? CustomizationsJson { get; set; }

    /// <summary>The HS code and country of origin the line was sold under, for the trade documents.</summary>
    public string? HsCode { get; set; }

    public string? OriginCountry { get; set; }
}

public sealed class StatusChangeRow
{
    public string OrderId { get; set; } = "";
    public int Sequence { get; set; }
    public string? FromStatus { get; set; }
    public string ToStatus { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public string? ActorKeyId { get; set; }
    public string? Note { get; set; }
    public long AtMs { get; set; }

    /// <summary>The artwork approval or pre-production sample step this entry records, if it is one; the status may stay as it was.</summary>
    public string? Step { get; set; }

    /// <summary>The design the step concerns.</summary>
    public string? Design { get; set; }

    /// <summary>The shipment a shipment step concerns (its number).</summary>
    public int? Shipment { get; set; }
}
