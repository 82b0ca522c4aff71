using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Certificates;

public class CertificateRoute
{
    [RouteParam]
    [Description("A certificate's id, e.g. crt_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.")]
    public string CertificateId { get; init; } = "";
}

public class CertificateChange : CertificateRoute
{
    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}

public sealed class ReplaceCertificateRequest : CertificateChange
{
    [FromBody]
    public CertificateDocument Body { get; init; } = default!;
}

/// <summary>The catalogue facts a certificate names: its SKU or product must exist.</summary>
public static class CertificateSubjects
{
    public static async Task<(string Member, string Message)?> MissingAsync(DbConnection connection, SqlDialect sql, CertificateDocument d) => d.Scope switch
    {
        CertificateScopes.Sku when await connection.ExecuteScalarAsync<int>(sql.Render("SELECT COUNT(*) FROM variants WHERE sku = @Sku"), new { d.Sku }) == 0 =>
            ("sku", $"The catalogue has no SKU {d.Sku}."),
        CertificateScopes.Product when await connection.ExecuteScalarAsync<int>(sql.Render("SELECT COUNT(*) FROM products WHERE product_id = @ProductId"),
            new { d.ProductId }) == 0 => ("productId", $"The catalogue has no product {d.ProductId}."),
        _ => null,
    };
}
