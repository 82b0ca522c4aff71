using Backpack.Catalog.Api.Features.Admin;
using Backpack.Catalog.Api.Features.Catalogue.GetProduct;
using Backpack.Catalog.Api.Features.Catalogue.GetVariant;
using Backpack.Catalog.Api.Features.Catalogue.ListChanges;
using Backpack.Catalog.Api.Features.Catalogue.ListCategories;
using Backpack.Catalog.Api.Features.Catalogue.ListProducts;
using Backpack.Catalog.Api.Features.Orders.CancelOrder;
using Backpack.Catalog.Api.Features.Orders.GetOrder;
using Backpack.Catalog.Api.Features.Orders.ListOrders;
using Backpack.Catalog.Api.Features.Orders.PlaceOrder;
using Backpack.Catalog.Api.Features.Orders.ValidateOrder;
using Backpack.Catalog.Api.Features.Pricing.ListCurrencies;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.Api.Features.Webhooks;
using Backpack.Catalog.Api.Infrastructure.Health;

namespace Backpack.Catalog.Api.Features;

public static class FeatureEndpoints
{
    public static WebApplication MapFeatures(this WebApplication app)
    {
        var v1 = app.MapGroup("/v1");
        ListCategoriesEndpoint.Map(v1);
        ListProductsEndpoint.Map(v1);
        GetProductEndpoint.Map(v1);
        GetVariantEndpoint.Map(v1);
        ListChangesEndpoint.Map(v1);
        ListCurrenciesEndpoint.Map(v1);
        QuotePreviewEndpoint.Map(v1);
        PlaceOrderEndpoint.Map(v1);
        ValidateOrderEndpoint.Map(v1);
        ListOrdersEndpoint.Map(v1);
        GetOrderEndpoint.Map(v1);
        CancelOrderEndpoint.Map(v1);
        WebhooksGroup.Map(v1);
        AdminGroup.Map(v1);
        app.MapCatalogueHealthChecks();
        return app;
    }
}
