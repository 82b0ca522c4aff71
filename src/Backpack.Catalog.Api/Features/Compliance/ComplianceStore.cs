using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Compliance;

/// <summary>The reads compliance checks make: a destination's requirements, and the certificates that could cover some lines.</summary>
public static class ComplianceStore
{
    public const string CertificateColumns = """
        certificate_id, standard, scope, sku, product_id, factory_name, factory_country, issuer, number, valid_from, valid_to, document_url,
        document_sha256, document_format, document_name, document_bytes, source, version, created_at_ms, updated_at_ms
        """;

    public const string RequirementColumns = "requirement_id, country, standard, kind, applies_to, name, authority, note, version, updated_at_ms";

    private const string SelectRequirements = "SELECT " + RequirementColumns + "\nFROM destination_requirements WHERE country IN @Countries ORDER BY requirement_id;";

    private const string SelectCovering = "SELECT " + CertificateColumns + """

        FROM certificates
        WHERE standard IN @Standards AND (sku IN @Skus OR product_id IN @Products OR factory_country IN @Origins)
        ORDER BY certificate_id;
        """;

    public static async Task<IReadOnlyList<DestinationRequirementRow>> RequirementsAsync(DbConnection connection, SqlDialect sql, string destination) =>
        (await connection.QueryAsync<DestinationRequirementRow>(sql.Render(SelectRequirements),
            new { Countries = Destinations.EuMembers.Contains(destination) ? new[] { destination, Destinations.EuropeanUnion } : [destination] })).AsList();

    public static async Task<IReadOnlyList<CertificateRow>> CoveringAsync(
        DbConnection connection, SqlDialect sql, IReadOnlyList<string> standards, IReadOnlyList<ComplianceLine> lines) =>
        standards.Count == 0 || lines.Count == 0
            ? []
            : (await connection.QueryAsync<CertificateRow>(sql.Render(SelectCovering), new
            {
                Standards = standards, Skus = lines.Select(l => l.Sku).Distinct().ToList(), Products = lines.Select(l => l.ProductId).Distinct().ToList(),
                Origins = lines.Select(l => l.OriginCountry).Distinct().ToList(),
            })).AsList();
}
