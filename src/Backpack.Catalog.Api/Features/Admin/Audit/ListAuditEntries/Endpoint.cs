using System.Globalization;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Audit.ListAuditEntries;

public sealed class ListAuditEntriesEndpoint(IDbConnectionFactory connections) : Endpoint<ListAuditEntriesRequest>
{
    private sealed record AuditFilters(
        string? ProductId, string? ResourceType, string? ResourceId, string? Action, string? ActorKeyId, long? FromMs, long? ToMs);

    public override void Configure()
    {
        Get("/audit");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListAuditEntries")
            .WithSummary("Who changed what in the catalogue, newest first")
            .WithDescription("The catalogue's audit trail: every change to a product, SKU, price ladder or stock level, and to the " +
                "landed-cost reference data (freight lanes, duty rates, insurance terms), with the API key " +
                "and role that made it, the reason given, and each changed field as { from, to }. Filters combine with AND; follow " +
                "nextCursor (with the same filters) until it is null.")
            .ProducesValidationProblem()
            .Produces<ListAuditEntriesResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListAuditEntriesRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<Results<ETaggedJson<ListAuditEntriesResponse>, ValidationProblem>> PageAsync(
        ListAuditEntriesRequest request, CancellationToken cancellationToken)
    {
        var filters = new AuditFilters(request.ProductId, request.ResourceType, request.ResourceId, request.Action, request.ActorKeyId,
            request.From?.ToUnixTimeMilliseconds(), request.To?.ToUnixTimeMilliseconds());
        var fingerprint = CursorCodec.Fingerprint(filters);
        if (!request.TryReadCursor(fingerprint, out var lastId))
        {
            return AdminPageRequest.CursorProblem();
        }

        long? beforeId = null;
        if (lastId is not null)
        {
            if (!long.TryParse(lastId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return AdminPageRequest.CursorProblem();
            }

            beforeId = id;
        }

        var limit = request.Limit ?? AdminPageRequest.DefaultLimit;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ListAuditEntriesData.AuditRow>(new CommandDefinition(
            connections.Dialect.Render(ListAuditEntriesData.SelectPage),
            new
            {
                filters.ProductId, filters.ResourceType, filters.ResourceId, filters.Action, filters.ActorKeyId, filters.FromMs, filters.ToMs,
                BeforeId = beforeId, Limit = limit + 1,
            },
            cancellationToken: cancellationToken))).AsList();
        var (page, next) = AdminPageRequest.Slice(rows, limit, fingerprint, r => r.AuditId.ToString(CultureInfo.InvariantCulture));
        return ETaggedJson.Of(new ListAuditEntriesResponse(page.Select(r => r.ToResponse()).ToList(), next, limit));
    }
}
