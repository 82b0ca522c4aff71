using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Products.ListAdminProducts;

public sealed class ListAdminProductsEndpoint(IDbConnectionFactory connections) : Endpoint<ListAdminProductsRequest>
{
    private const string SelectPage = """
        SELECT p.product_id, p.category_key, p.status, p.name, p.version, p.updated_at_ms,
          (SELECT COUNT(*) FROM variants v WHERE v.product_id = p.product_id) AS variants,
          (SELECT COUNT(*) FROM variants v WHERE v.product_id = p.product_id AND v.status = 'active') AS active_variants
        FROM products p
        WHERE (@Status IS NULL OR p.status = @Status)
          AND (@Category IS NULL OR p.category_key = @Category)
          AND (@AfterId IS NULL OR p.product_id > @AfterId)
        ORDER BY p.product_id
        LIMIT @Limit
        """;

    public override void Configure()
    {
        Get("/products");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListAdminProducts")
            .WithSummary("List products in every status, by id")
            .WithDescription("Drafts, published and archived products with their SKU counts and versions, filtered by status and " +
                "family, in id order; follow nextCursor until it is null. The public GET /v1/products shows published products only.")
            .ProducesValidationProblem()
            .Produces<ListAdminProductsResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListAdminProductsRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<IResult> PageAsync(ListAdminProductsRequest request, CancellationToken cancellationToken)
    {
        if (!request.TryReadCursor(request.Filters, out var afterId))
        {
            return AdminPageRequest.CursorProblem();
        }

        var limit = request.Limit ?? AdminPageRequest.DefaultLimit;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(connections.Dialect.Render(SelectPage),
            new { request.Status, request.Category, AfterId = afterId, Limit = limit + 1 })).AsList();
        var (page, next) = AdminPageRequest.Slice(rows, limit, request.Filters, r => r.ProductId);
        return ETaggedJson.Of(new ListAdminProductsResponse(page.Select(r => new AdminProductSummary(
            r.ProductId, r.CategoryKey, r.Status, r.Name, r.Variants, r.ActiveVariants, r.Version,
            DateTimeOffset.FromUnixTimeMilliseconds(r.UpdatedAtMs).UtcDateTime, $"/v1/admin/products/{r.ProductId}")).ToList(), next, limit));
    }

    private sealed class Row
    {
        public string ProductId { get; init; } = "";
        public string CategoryKey { get; init; } = "";
        public string Status { get; init; } = "";
        public string Name { get; init; } = "";
        public int Version { get; init; }
        public long UpdatedAtMs { get; init; }
        public int Variants { get; init; }
        public int ActiveVariants { get; init; }
    }
}
