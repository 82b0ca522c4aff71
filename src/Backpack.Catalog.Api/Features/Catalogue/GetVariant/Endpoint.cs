using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Features.PriceLists;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Integrations.Fx;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Catalogue.GetVariant;

public sealed class GetVariantEndpoint(IDbConnectionFactory connections, TimeProvider clock, FxRateProvider rates) : Endpoint<GetVariantRequest>
{
    public override void Configure()
    {
        Get("/variants/{sku}");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("GetVariant")
            .WithTags("Catalogue")
            .WithSummary("Get one SKU with its tiers and availability")
            .WithDescription("MOQ, order increment, carton size, sample terms, stock on hand, lead time and the full price ladder of one SKU. " +
                "With a distributor key whose price list applies, the ladder is the list's and priceList says so; everyone else sees list " +
                "prices (the answer varies by X-Api-Key). With currency, every price is in that currency at the rate quotes use now. " +
                "With lang or Accept-Language, productName is in that language (Content-Language says which). " +
                "Send the ETag back in If-None-Match to get 304 when nothing changed.")
            .ProducesValidationProblem()
            .Produces<GetVariantResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable), clearDefaults: true);
    }

    public override async Task HandleAsync(GetVariantRequest req, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var language = LanguageNegotiation.Choose(req.Lang, HttpContext.Request.Headers.AcceptLanguage);
        var variant = await GetVariantData.QueryAsync(connection, connections.Dialect.Render(GetVariantData.SelectVariantBatch), req.Sku, language);
        HttpContext.Response.Headers.Vary = PricedReads.VaryHeader;
        LanguageNegotiation.Answer(HttpContext.Response, language);
        if (variant is null)
        {
            await Send.ResultAsync(Problems.NotFound("SKU not found.", $"No published product has the SKU '{req.Sku}'."));
            return;
        }

        var prices = await CataloguePrices.ForAsync(req.Currency, rates, ct);
        var priceList = await PriceListData.InEffectAsync(connection, connections.Dialect, Caller.DistributorOf(User), clock.GetUtcNow());
        var priced = variant with
        {
            Variant = prices.Of(priceList?.Applying is { } list ? PricedReads.Apply(variant.Variant, variant.Category, list) : variant.Variant),
            PriceList = priceList?.Response, Currency = prices.Currency, ExchangeRate = prices.ExchangeRate,
        };
        await Send.ResultAsync(priceList is null ? ETaggedJson.Of(priced) : ETaggedJson.ForOneCaller(priced));
    }
}
