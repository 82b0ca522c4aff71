using Backpack.Catalog.Api.Features.Orders.Payments;
using Backpack.Catalog.Api.Features.Orders.PlaceOrder;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Orders.ValidateOrder;

public sealed class ValidateOrderEndpoint(IDbConnectionFactory connections, OrderPricer pricer, TimeProvider clock) : Endpoint<PlaceOrderRequest>
{
    public override void Configure()
    {
        Post("/orders/validate");
        Group<V1>();
        Policies(AuthPolicies.Distributor);
        Description(b => b
            .WithName("ValidateOrder")
            .WithTags("Orders")
            .WithSummary("Dry-run an order: see what would be created, or every violation")
            .WithDescription("Takes the same body as POST /v1/orders and applies every rule, but writes nothing and reserves nothing, " +
                "and needs no Idempotency-Key. 200 shows the order as it would be priced now; 422 lists every violation " +
                "with per-line errors, exactly as placing the order would.")
            .Accepts<PlaceOrderRequest>("application/json")
            .ProducesValidationProblem()
            .Produces<OrderPreviewResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .Produces<OrderRulesProblemResponse>(StatusCodes.Status422UnprocessableEntity, StandardResponsesOperationFilter.ProblemContentType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable), clearDefaults: true);
    }

    public override async Task HandleAsync(PlaceOrderRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PreviewAsync(req, ct));

    private async Task<Results<Ok<OrderPreviewResponse>, ProblemHttpResult>> PreviewAsync(PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        var caller = Caller.From(User);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var pricing = await pricer.PriceAsync(connection, connections.Dialect, caller.DistributorId!, request, cancellationToken);
        if (pricing.Order is not { } priced)
        {
            return OrderProblems.Refused(pricing, request.RequestedDeliveryDate);
        }

        var (order, lines, landed, shipment) = OrderSnapshot.Build("", caller.DistributorId!, request, priced, OrderSnapshot.CoverFromCurrentStock(priced.Lines),
            clock.GetUtcNow());
        if (await CreditLimit.ExceededAsync(connection, null, connections.Dialect, order) is { } credit)
        {
            return PaymentProblems.CreditLimitExceeded(credit);
        }

        var currency = Currencies.ByCode[order.Currency];
        var collision = await OrderStore.FindCollisionAsync(connection, null, connections.Dialect, caller.DistributorId!, request);
        List<string> warnings =
        [
            .. collision.SameBuyerReference is { } existing
                ? [$"Order {existing} already has buyerReference {request.BuyerReference}: placing this order would be refused (409 duplicate-buyer-reference)."]
                : Array.Empty<string>(),
            .. collision.SameQuote is { } ordered
                ? [$"Quote {request.QuoteId} was already turned into order {ordered}: placing this order would be refused (409 quote-already-ordered)."]
                : Array.Empty<string>(),
        ];
        return TypedResults.Ok(new OrderPreviewResponse(
            order.OrderType, order.BuyerReference, order.Currency, OrderMapping.LockedRate(order), landed.Response.Incoterm, OrderMapping.ShipToOf(order),
            request.RequestedDeliveryDate, DateOnly.Parse(order.PromisedShipDate, System.Globalization.CultureInfo.InvariantCulture), order.QuoteId,
            lines.Select(l => OrderMapping.ToResponse(l, currency)).ToList(),
            OrderMapping.SetupFees(order, currency), PreProductionSamples.SampleMapping.ToResponse(order, []), Inspections.InspectionMapping.ToResponse(order, []),
            OrderMapping.Totals(order, currency), OrderMapping.Payment(order, currency, [], []),
            shipment, landed.Response, priced.PriceList, priced.Compliance, warnings));
    }
}
