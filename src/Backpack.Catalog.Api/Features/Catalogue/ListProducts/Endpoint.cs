using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Features.Catalogue.Images;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Integrations.Fx;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Catalogue.ListProducts;

public sealed class ListProductsEndpoint(IDbConnectionFactory connections, FxRateProvider rates) : Endpoint<ListProductsRequest>
{
    public override void Configure()
    {
        Get("/products");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("ListProducts")
            .WithTags("Catalogue")
            .WithSummary("Browse and filter the catalogue")
            .WithDescription("Published products with their headline specs, lowest MOQ and price at MOQ. Filters combine with AND. " +
                "Pages are keyset cursors: follow nextCursor until it is null; every product appears exactly once, in a stable order. " +
                "With currency, every price (and maxUnitPrice, and sorting by price) is in that currency at the rate quotes use now. " +
                "With lang or Accept-Language, names are in that language (Content-Language says which), and q and the name sort use them.")
            .ProducesValidationProblem()
            .Produces<ListProductsResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable), clearDefaults: true);
    }

    public override async Task HandleAsync(ListProductsRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<IResult> PageAsync(ListProductsRequest request, CancellationToken cancellationToken)
    {
        var sort = ProductSort.TryParse(request.Sort, out var parsed) ? parsed : ProductSort.Default;
        var limit = request.Limit ?? ListProductsRequest.DefaultLimit;
        var prices = await CataloguePrices.ForAsync(request.Currency, rates, cancellationToken);
        var language = LanguageNegotiation.Choose(request.Lang, HttpContext.Request.Headers.AcceptLanguage);
        LanguageNegotiation.Answer(HttpContext.Response, language);
        var filters = new ProductFilters(FilterValues.Normalise(request.Category), FilterValues.Normalise(request.Material),
            request.MinCapacity, request.MaxCapacity, FilterValues.Normalise(request.Certification), FilterValues.Normalise(request.Feature),
            request.MaxMoq, request.InStock, request.Q?.Trim(), request.PriceAtQuantity,
            request.MaxUnitPrice is { } max ? prices.UsdCentsAtMost(max) : null);
        var fingerprint = ProductCursor.Fingerprint(filters, language);

        object? afterKey = null;
        string? afterId = null;
        if (request.Cursor is not null)
        {
            var cursor = ProductCursor.TryDecode(request.Cursor);
            afterKey = cursor?.TypedKey(sort.Key);
            if (cursor is null || afterKey is null)
            {
                return CursorProblem("cursor is malformed. Pass the nextCursor of a previous page unchanged.");
            }

            if (cursor.Sort != sort.Name || cursor.Filters != fingerprint)
            {
                return CursorProblem("cursor belongs to a query with other filters or another sort. Repeat them unchanged, or drop the cursor to start over.");
            }

            afterId = cursor.Id;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var parameters = new DynamicParameters(new
        {
            Language = language, filters.MinCapacity, filters.MaxCapacity, filters.MaxMoq, filters.InStock, filters.PriceAtQuantity, filters.MaxUnitPriceCents,
            Search = filters.Search is null ? null : $"%{EscapeLike(filters.Search)}%",
            AfterKey = afterKey, AfterId = afterId, Limit = limit + 1,
        });
        FilterSlots.Add(parameters, nameof(ProductFilters.Category), filters.Category);
        FilterSlots.Add(parameters, nameof(ProductFilters.Material), filters.Material);
        FilterSlots.Add(parameters, nameof(ProductFilters.Certification), filters.Certification);
        FilterSlots.Add(parameters, nameof(ProductFilters.Feature), filters.Feature);
        var rows = await ListProductsData.QueryAsync(connection, connections.Dialect.Render(ListProductsData.For(sort)), parameters);

        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit
            ? new ProductCursor(sort.Name, fingerprint, ProductCursor.FormatKey(page[^1].SortKey), page[^1].ProductId).Encode()
            : null;
        var facets = request.Facets is { Length: > 0 } asked
            ? await ProductFacetsResponse.CountAsync(connection, connections.Dialect.Render(ListProductsData.Facets), parameters,
                asked.ToHashSet(StringComparer.Ordinal))
            : null;
        return ETaggedJson.Of(new ListProductsResponse(
            page.Select(row => ToResponse(row, request.PriceAtQuantity, prices) with { Image = row.Cover }).ToList(), next, limit, facets,
            prices.Currency, prices.ExchangeRate) { Language = language });
    }

    private static ProductSummaryResponse ToResponse(ListProductsData.ProductRow row, int? priceAtQuantity, CataloguePrices prices) => new(
        row.ProductId, row.CategoryKey, row.Name, row.Material, row.MaterialGrade, row.CapacityLitres, row.WeightGrams,
        row.OriginCountry, row.MinMoq, row.ProductMoq,
        row.PriceAtMoqCents is { } cents ? prices.Of(cents) : null,
        priceAtQuantity is { } quantity && row.PriceAtQuantityCents is { } unitCents
            ? new PriceAtQuantityResponse(quantity, prices.Of(unitCents))
            : null,
        row.VariantsInStock > 0, row.VariantCount, row.LeadTimeDays,
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs).UtcDateTime);

    private static ValidationProblem CursorProblem(string message) => Problems.Validation("cursor", message);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
