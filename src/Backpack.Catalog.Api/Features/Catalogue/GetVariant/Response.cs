namespace Backpack.Catalog.Api.Features.Catalogue.GetVariant;

/// <summary>One SKU with the product it belongs to.</summary>
public sealed record GetVariantResponse(string ProductId, string ProductName, string Category, VariantResponse Variant);
