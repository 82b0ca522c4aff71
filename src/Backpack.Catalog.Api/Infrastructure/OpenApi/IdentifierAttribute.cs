using Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;
using Backpack.Catalog.Api.Features.Admin.Imports;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Webhooks;
using Backpack.Catalog.Api.Infrastructure.Auth;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>The kinds of id the API hands out or takes.</summary>
public enum Ids
{
    Product,
    Sku,
    Order,
    Quote,
    Distributor,
    ApiKey,
    Webhook,
    Delivery,
    Event,
    Message,
    Import,
}

/// <summary>Documents a string member (or each string of a list) as an id of one kind: the pattern its ids follow and their longest length.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class IdentifierAttribute(Ids kind) : Attribute
{
    public Ids Kind => kind;
}

/// <summary>What each kind of id looks like, taken from the code that makes or checks it.</summary>
public static class Identifiers
{
    /// <summary>A four-character prefix and the 32 hex digits of a time-ordered UUID: ord_, whk_, whd_, evt_, msg_, imp_.</summary>
    private const int PrefixedUuidLength = 36;

    /// <summary>Distributor ids carry no pattern (the demo ones are readable names); keys and orders name them within this length.</summary>
    private static readonly (string? Pattern, int MaxLength) Distributor = (null, CreateApiKeyRequest.MaxDistributorIdLength);

    public static (string? Pattern, int MaxLength) Shape(Ids kind) => kind switch
    {
        Ids.Product => (CatalogueIds.ProductIdPattern, CatalogueIds.MaxProductIdLength),
        Ids.Sku => (CatalogueIds.SkuPattern, CatalogueIds.MaxSkuLength),
        Ids.Order => (OrderIds.Pattern, OrderIds.Length),
        Ids.Quote => (QuoteIds.Pattern, QuoteIds.Length),
        Ids.Distributor => Distributor,
        Ids.ApiKey => (ApiKeyFormat.KeyIdPattern, ApiKeyFormat.MaxKeyIdLength),
        Ids.Webhook => (WebhookIds.WebhookIdPattern, PrefixedUuidLength),
        Ids.Delivery => (WebhookIds.DeliveryIdPattern, PrefixedUuidLength),
        Ids.Event => (WebhookIds.EventIdPattern, PrefixedUuidLength),
        Ids.Message => (OrderOutbox.MessageIdPattern, PrefixedUuidLength),
        Ids.Import => (CatalogueImporter.ImportIdPattern, PrefixedUuidLength),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>Documents a list as holding at most as many items as a static collection of <paramref name="source"/> has.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MaxItemsOfAttribute(Type source, string member) : Attribute
{
    public int Count => new OneOfAttribute(source, member).Values.Count;
}
