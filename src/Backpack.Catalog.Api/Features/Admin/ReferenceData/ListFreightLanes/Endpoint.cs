using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.ListFreightLanes;

public sealed class ListFreightLanesEndpoint(IDbConnectionFactory connections) : Endpoint<ListFreightLanesRequest>
{
    private const string SelectPage = "SELECT " + TradeReference.LaneColumns + """

        FROM freight_lanes
        WHERE (@Origin IS NULL OR origin = @Origin)
          AND (@Destination IS NULL OR destination = @Destination)
          AND (@Mode IS NULL OR mode = @Mode)
          AND (@AfterId IS NULL OR lane_id > @AfterId)
        ORDER BY lane_id
        LIMIT @Limit
        """;

    public override void Configure()
    {
        Get("/freight-lanes");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListFreightLanes")
            .WithSummary("List freight lanes, by id")
            .WithDescription("Every lane quotes are costed from, in id order, filtered by origin, destination and mode (combined with AND); " +
                "follow nextCursor, with the same filters, until it is null.")
            .ProducesValidationProblem()
            .Produces<ListFreightLanesResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListFreightLanesRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<Results<ETaggedJson<ListFreightLanesResponse>, ValidationProblem>> PageAsync(
        ListFreightLanesRequest request, CancellationToken cancellationToken)
    {
        var filters = CursorCodec.Fingerprint(new { request.Origin, request.Destination, request.Mode });
        if (!request.TryReadCursor(filters, out var afterId))
        {
            return AdminPageRequest.CursorProblem();
        }

        var limit = request.Limit ?? AdminPageRequest.DefaultLimit;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<TradeReference.LaneRow>(new CommandDefinition(
            connections.Dialect.Render(SelectPage),
            new { request.Origin, request.Destination, request.Mode, AfterId = afterId, Limit = limit + 1 },
            cancellationToken: cancellationToken))).AsList();
        var (page, next) = AdminPageRequest.Slice(rows, limit, filters, r => r.LaneId);
        return ETaggedJson.Of(new ListFreightLanesResponse(page.Select(r => FreightLaneResponse.From(r.ToLane())).ToList(), next, limit));
    }
}
