using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders.Payments;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Features.Orders.PlaceOrder;

public sealed class PlaceOrderEndpoint(
    IDbConnectionFactory connections, IdempotencyStore idempotency, OrderPricer pricer, TimeProvider clock,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : Endpoint<PlaceOrderInput>
{
    public override void Configure()
    {
        Post("/orders");
        Group<V1>();
        Policies(AuthPolicies.Distributor);
        Description(b => b
            .WithName("PlaceOrder")
            .WithTags("Orders")
            .WithSummary("Place a wholesale order")
            .WithDescription("Prices every line server-side with the rules of POST /v1/quotes, snapshots the prices on the order, reserves " +
                "in-stock units atomically and promises a ship date for the made-to-order rest, and splits the subtotal into deposit " +
                "and balance by your payment terms. Any broken rule answers 422 listing them all; nothing is created. " +
                "Requires an Idempotency-Key: retrying with the same key and body returns the original answer with " +
                "Idempotent-Replayed: true; the same key with another body is 422; while the first is still running, 409. " +
                "Keys are kept 24 hours. A buyerReference already on an open order of yours is 409 duplicate-buyer-reference, and a " +
                "quoteId already turned into an order is 409 quote-already-ordered; both link the existing order. On open-account terms, an " +
                "order that would take what the account owes past its credit limit is 422 credit-limit-exceeded with the headroom left.")
            .Accepts<PlaceOrderRequest>("application/json")
            .ProducesValidationProblem()
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .Produces<OrderRulesProblemResponse>(StatusCodes.Status422UnprocessableEntity, StandardResponsesOperationFilter.ProblemContentType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable), clearDefaults: true);
    }

    public override async Task HandleAsync(PlaceOrderInput req, CancellationToken ct) =>
        await Send.ResultAsync(await PlaceAsync(req.IdempotencyKey, req.Body, ct));

    private async Task<IResult> PlaceAsync(string? idempotencyKey, PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        if (!IdempotencyStore.IsWellFormed(idempotencyKey))
        {
            return OrderProblems.MissingIdempotencyKey();
        }

        var caller = Caller.From(User);
        var serializer = json.Value.SerializerOptions;
        var claim = await idempotency.ClaimAsync(caller.DistributorId!, idempotencyKey!, IdempotencyStore.HashOf(request, serializer), cancellationToken);
        if (claim is not IdempotencyStore.Claim.Granted granted)
        {
            return claim switch
            {
                IdempotencyStore.Claim.Replay replay => new StoredOrderResult(replay.Response, replayed: true),
                IdempotencyStore.Claim.DifferentRequest => OrderProblems.KeyReused(),
                _ => OrderProblems.StillInFlight(),
            };
        }

        var completed = false;
        try
        {
            var sql = connections.Dialect;
            await using var connection = await connections.OpenAsync(cancellationToken);
            var pricing = await pricer.PriceAsync(connection, sql, caller.DistributorId!, request, cancellationToken);
            if (pricing.Order is not { } priced)
            {
                return OrderProblems.Refused(pricing, request.RequestedDeliveryDate);
            }

            using var turn = await connections.TakeWriteTurnAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var collision = await OrderStore.FindCollisionAsync(connection, transaction, sql, caller.DistributorId!, request);
            if (collision.SameQuote is { } ordered)
            {
                return OrderProblems.QuoteAlreadyOrdered(request.QuoteId!, ordered);
            }

            if (collision.SameBuyerReference is { } existing)
            {
                return OrderProblems.DuplicateBuyerReference(request.BuyerReference!, existing);
            }

            var (placed, refusal) = await OrderStore.PlaceAsync(connection, transaction, sql, OrderIds.New(), caller, request, priced, clock.GetUtcNow());
            if (placed is not { } order)
            {
                // The stock reserved just now is less than the dry run counted on, and the later ship date breaks the landed cost.
                return OrderProblems.Refused(refusal!, request.RequestedDeliveryDate);
            }

            if (await CreditLimit.ExceededAsync(connection, transaction, sql, order.Order) is { } credit)
            {
                return PaymentProblems.CreditLimitExceeded(credit);
            }
            var stored = new IdempotencyStore.StoredResponse(order.Order.OrderId, StatusCodes.Status201Created,
                JsonSerializer.Serialize(order.ToResponse(), serializer), order.Order.ETag);
            await OrderOutbox.EnqueuePlacedAsync(connection, transaction, sql, order.Order, stored.Body);
            if (!await IdempotencyStore.CompleteAsync(connection, transaction, sql, granted, stored))
            {
                // The claim was taken over as abandoned while this request ran; the other request owns the key now.
                return OrderProblems.StillInFlight();
            }

            await transaction.CommitAsync(cancellationToken);
            completed = true;
            return new StoredOrderResult(stored, replayed: false);
        }
        finally
        {
            if (!completed)
            {
                await idempotency.ReleaseAsync(granted);
            }
        }
    }
}
