using System.ComponentModel;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Certificates.ListCertificates;

public sealed class ListCertificatesRequest : AdminPageRequest
{
    [Description("Only certificates of this standard, e.g. CPSIA.")]
    [QueryParam]
    [OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Certifications))]
    public string? Standard { get; init; }

    [Description("Only certificates that cover this product: its own, its SKUs', and its factory's (by its country of origin).")]
    [QueryParam]
    [Identifier(Ids.Product)]
    public string? ProductId { get; init; }

    public sealed class Validator : Validator<ListCertificatesRequest>
    {
        public Validator()
        {
            AddRules(this);
            RuleFor(r => r.Standard).OneOf(CatalogueVocabulary.Certifications)
                .WithMessage($"standard must be one of: {CatalogueVocabulary.Describe(CatalogueVocabulary.Certifications)}.");
            RuleFor(r => r.ProductId).Matches(CatalogueIds.ProductIdPattern).WithMessage("productId must be a product id, e.g. kids-glow-safe-7.");
        }
    }
}

public sealed class ListCertificatesEndpoint(IDbConnectionFactory connections, TimeProvider clock) : Endpoint<ListCertificatesRequest>
{
    private const string SelectPage = "SELECT " + ComplianceStore.CertificateColumns + """

        FROM certificates c
        WHERE (@Standard IS NULL OR c.standard = @Standard)
          AND (@ProductId IS NULL OR c.product_id = @ProductId
               OR c.sku IN (SELECT v.sku FROM variants v WHERE v.product_id = @ProductId)
               OR c.factory_country = (SELECT p.origin_country FROM products p WHERE p.product_id = @ProductId))
          AND (@AfterId IS NULL OR c.certificate_id > @AfterId)
        ORDER BY c.certificate_id
        LIMIT @Limit
        """;

    public override void Configure()
    {
        Get("/certificates");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListCertificates")
            .WithSummary("List certificates, by id")
            .WithDescription("Every certificate, recorded and declared, valid or not, in id order, filtered by standard and by the product they " +
                "cover (combined with AND); follow nextCursor, with the same filters, until it is null.")
            .ProducesValidationProblem()
            .Produces<CertificateListResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListCertificatesRequest req, CancellationToken ct)
    {
        var filters = CursorCodec.Fingerprint(new { req.Standard, req.ProductId });
        if (!req.TryReadCursor(filters, out var afterId))
        {
            await Send.ResultAsync(AdminPageRequest.CursorProblem());
            return;
        }

        var limit = req.Limit ?? AdminPageRequest.DefaultLimit;
        await using var connection = await connections.OpenAsync(ct);
        var rows = (await connection.QueryAsync<CertificateRow>(new CommandDefinition(connections.Dialect.Render(SelectPage),
            new { req.Standard, req.ProductId, AfterId = afterId, Limit = limit + 1 }, cancellationToken: ct))).AsList();
        var (page, next) = AdminPageRequest.Slice(rows, limit, filters, r => r.CertificateId);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await Send.ResultAsync(ETaggedJson.Of(new CertificateListResponse(page.Select(r => CertificateResponse.From(r, today)).ToList(), next, limit)));
    }
}
