using System.Globalization;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Orders.ListOrders;

public sealed class ListOrdersEndpoint(IDbConnectionFactory connections) : Endpoint<ListOrdersRequest>
{
    /// <summary>Where a page ended, and the fingerprint of the filters it belongs to.</summary>
    private sealed record OrderCursor(string Filters, long CreatedAtMs, string Id);

    private sealed record OrderFilters(string? DistributorId, string? Status, long? FromMs, long? ToMs);

    public override void Configure()
    {
        Get("/orders");
        Group<V1>();
        Policies(AuthPolicies.OrderReader);
        Description(b => b
            .WithName("ListOrders")
            .WithTags("Orders")
            .WithSummary("List your orders, newest first")
            .WithDescription("A distributor key lists its own orders only; an admin key lists everyone's and may filter by distributorId. " +
                "Filter by status and by when the order was placed; follow nextCursor until it is null.")
            .ProducesValidationProblem()
            .Produces<ListOrdersResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden), clearDefaults: true);
    }

    public override async Task HandleAsync(ListOrdersRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<Results<ETaggedJson<ListOrdersResponse>, ValidationProblem>> PageAsync(
        ListOrdersRequest request, CancellationToken cancellationToken)
    {
        var caller = Caller.From(User);
        if (!caller.IsAdmin && request.DistributorId is not null && request.DistributorId != caller.DistributorId)
        {
            return Problems.Validation("distributorId", "distributorId is for admin keys; a distributor key always lists its own orders.");
        }

        var filters = new OrderFilters(caller.IsAdmin ? request.DistributorId : caller.DistributorId, request.Status,
            request.CreatedFrom?.ToUnixTimeMilliseconds(), request.CreatedTo?.ToUnixTimeMilliseconds());
        var fingerprint = CursorCodec.Fingerprint(filters);
        OrderCursor? after = null;
        if (request.Cursor is not null)
        {
            after = CursorCodec.TryDecode<OrderCursor>(request.Cursor);
            if (after is not { Filters: not null, Id: not null })
            {
                return Problems.Validation("cursor", "cursor is malformed. Pass the nextCursor of a previous page unchanged.");
            }

            if (after.Filters != fingerprint)
            {
                return Problems.Validation("cursor", "cursor belongs to a query with other filters. Repeat them unchanged, or drop the cursor to start over.");
            }
        }

        var limit = request.Limit ?? ListOrdersRequest.DefaultLimit;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await ListOrdersData.QueryAsync(connection, connections.Dialect.Render(ListOrdersData.SelectPage), new
        {
            filters.DistributorId, filters.Status, filters.FromMs, filters.ToMs,
            AfterMs = after?.CreatedAtMs, AfterId = after?.Id, Limit = limit + 1,
        });

        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? CursorCodec.Encode(new OrderCursor(fingerprint, page[^1].CreatedAtMs, page[^1].OrderId)) : null;
        return ETaggedJson.Of(new ListOrdersResponse(page.Select(ToResponse).ToList(), next, limit));
    }

    private static OrderSummaryResponse ToResponse(ListOrdersData.SummaryRow row)
    {
        var currency = Currencies.ByCode[row.Currency];
        return new OrderSummaryResponse(row.OrderId, row.Status, row.DistributorId, row.BuyerReference, row.Units,
            Money.FromMinor(row.SubtotalMinor, currency), Money.FromUsdCents(row.SubtotalUsdCents),
            DateOnly.Parse(row.PromisedShipDate, CultureInfo.InvariantCulture),
            DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs).UtcDateTime,
            DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedAtMs).UtcDateTime);
    }
}
