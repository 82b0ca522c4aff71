using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Integrations.Fx;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Catalogue.GetProduct;

public sealed class GetProductEndpoint(
    IDbConnectionFactory connections, CustomizationOptionsCache options, TimeProvider clock, FxRateProvider rates) : Endpoint<GetProductRequest>
{
    public override void Configure()
    {
        Get("/products/{id}");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("GetProduct")
            .WithTags("Catalogue")
            .WithSummary("Get a product with specs, SKUs and tier ladders")
            .WithDescription("Full specs with units, features, certifications, origin and HS code, and every SKU with its MOQ, " +
                "carton rules, stock, lead time and complete price ladder. With a distributor key whose price list applies, the ladders are " +
                "the list's and priceList says so (and until when); everyone else sees list prices. The answer varies by X-Api-Key, and one " +
                "priced for a distributor is Cache-Control: private. With currency, every price is in that currency at the rate quotes use now. " +
                "With lang or Accept-Language, texts are in that language (Content-Language says which; a text without a translation is in English). " +
                "Send the ETag back in If-None-Match to get 304 when nothing changed.")
            .ProducesValidationProblem()
            .Produces<ProductResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable), clearDefaults: true);
    }

    public override async Task HandleAsync(GetProductRequest req, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var language = LanguageNegotiation.Choose(req.Lang, HttpContext.Request.Headers.AcceptLanguage);
        var product = await GetProductData.QueryAsync(connection, connections.Dialect.Render(GetProductData.SelectProductBatch), req.Id, language, options);
        HttpContext.Response.Headers.Vary = PricedReads.VaryHeader;
        LanguageNegotiation.Answer(HttpContext.Response, language);
        if (product is null)
        {
            await Send.ResultAsync(Problems.NotFound("Product not found.", $"No published product has the id '{req.Id}'."));
            return;
        }

        var prices = await CataloguePrices.ForAsync(req.Currency, rates, ct);
        var priceList = await PriceListData.InEffectAsync(connection, connections.Dialect, Caller.DistributorOf(User), clock.GetUtcNow());
        var variants = priceList?.Applying is { } list ? product.Variants.Select(v => PricedReads.Apply(v, product.Category, list)) : product.Variants;
        var priced = product with
        {
            Variants = variants.Select(prices.Of).ToList(), PriceList = priceList?.Response, Currency = prices.Currency, ExchangeRate = prices.ExchangeRate,
        };
        await Send.ResultAsync(priceList is null ? ETaggedJson.Of(priced) : ETaggedJson.ForOneCaller(priced));
    }
}
