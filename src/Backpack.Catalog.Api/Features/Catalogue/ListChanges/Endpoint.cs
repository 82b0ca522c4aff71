using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Catalogue.ListChanges;

public sealed class ListChangesEndpoint(IDbConnectionFactory connections) : Endpoint<ListChangesRequest>
{
    public const string MalformedSince =
        "since is not a change-feed cursor. Pass the nextCursor of a previous read unchanged, or omit since to sync from the start.";

    public const string SinceAhead =
        "since is ahead of this catalogue's change feed: it was issued by another database, or the feed was reset. " +
        "Resync: omit since to read the feed from the start.";

    public override void Configure()
    {
        Get("/catalogue/changes");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("ListCatalogueChanges")
            .WithTags("Catalogue")
            .WithSummary("Read what changed in the public catalogue since a cursor")
            .WithDescription("The change feed storefronts sync from: products, SKUs and price ladders that became visible, changed or were " +
                "withdrawn, oldest first. Each resource appears once, at its latest change. For each entry re-read href (upserted) or " +
                "delete your copy (removed). Store nextCursor, which is always returned, and pass it as since on the next poll; without " +
                "since the feed is read from the beginning. Stock that orders reserve changes a SKU's stockAvailable without an entry: " +
                "revalidate the SKU with If-None-Match for live stock. The page's ETag lets an idle poll answer 304. " +
                "Guide: api-docs/catalogue-sync.md.")
            .ProducesValidationProblem()
            .Produces<ListChangesResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListChangesRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<Results<ETaggedJson<ListChangesResponse>, ValidationProblem>> PageAsync(
        ListChangesRequest request, CancellationToken cancellationToken)
    {
        var after = 0L;
        if (request.Since is not null)
        {
            if (ChangeCursor.TryDecode(request.Since) is not { } decoded)
            {
                return Problems.Validation("since", MalformedSince);
            }

            after = decoded;
        }

        var limit = request.Limit ?? ListChangesRequest.DefaultLimit;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ListChangesData.ChangeRow>(new CommandDefinition(
            connections.Dialect.Render(ListChangesData.SelectPage), new { After = after, Take = limit + 1 },
            cancellationToken: cancellationToken))).AsList();

        // Only an empty page can come from a cursor beyond the feed, so only an idle poll pays for the check.
        if (rows.Count == 0 && after > 0 && after > await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                connections.Dialect.Render(ListChangesData.SelectLastSequence), cancellationToken: cancellationToken)))
        {
            return Problems.Validation("since", SinceAhead);
        }

        var page = rows.Take(limit).ToList();
        var next = page.Count == 0 ? request.Since ?? ChangeCursor.Start : ChangeCursor.Encode(page[^1].Sequence);
        return ETaggedJson.Of(new ListChangesResponse(page.Select(r => r.ToResponse()).ToList(), next, rows.Count > limit));
    }
}
