using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Catalogue.GetVariant;

public sealed class GetVariantEndpoint(IDbConnectionFactory connections) : Endpoint<GetVariantRequest>
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
                "Send the ETag back in If-None-Match to get 304 when nothing changed.")
            .ProducesValidationProblem()
            .Produces<GetVariantResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(GetVariantRequest req, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var variant = await GetVariantData.QueryAsync(connection, connections.Dialect.Render(GetVariantData.SelectVariantBatch), req.Sku);
        await Send.ResultAsync(variant is null
            ? Problems.NotFound("SKU not found.", $"No published product has the SKU '{req.Sku}'.")
            : ETaggedJson.Of(variant));
    }
}
