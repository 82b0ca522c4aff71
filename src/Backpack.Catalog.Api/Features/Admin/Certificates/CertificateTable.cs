using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Certificates;

public sealed class CertificateTable : VersionedTable<CertificateRow>
{
    public static readonly CertificateTable Instance = new();

    public const string SelectOne = "SELECT " + ComplianceStore.CertificateColumns + "\nFROM certificates WHERE certificate_id = @CertificateId";

    protected override string Insert => """
        INSERT INTO certificates (certificate_id, standard, scope, sku, product_id, factory_name, factory_country, issuer, number, valid_from, valid_to,
          document_url, document_sha256, document_format, document_name, document_bytes, source, version, created_at_ms, updated_at_ms)
        VALUES (@CertificateId, @Standard, @Scope, @Sku, @ProductId, @FactoryName, @FactoryCountry, @Issuer, @Number, @ValidFrom, @ValidTo,
          @DocumentUrl, @DocumentSha256, @DocumentFormat, @DocumentName, @DocumentBytes, @Source, @Version, @NowMs, @NowMs)
        """;

    protected override string Update => """
        UPDATE certificates SET standard = @Standard, scope = @Scope, sku = @Sku, product_id = @ProductId, factory_name = @FactoryName,
          factory_country = @FactoryCountry, issuer = @Issuer, number = @Number, valid_from = @ValidFrom, valid_to = @ValidTo,
          document_url = @DocumentUrl, document_sha256 = @DocumentSha256, document_format = @DocumentFormat, document_name = @DocumentName,
          document_bytes = @DocumentBytes, source = @Source, version = @Version, updated_at_ms = @NowMs
        WHERE certificate_id = @CertificateId AND version = @ExpectedVersion
        """;

    protected override string Delete => "DELETE FROM certificates WHERE certificate_id = @CertificateId AND version = @Version";

    public override string Noun => "certificate";

    public override string AuditType => AuditResources.Certificate;

    public override string KeyOf(CertificateRow record) => record.CertificateId;

    public override int VersionOf(CertificateRow record) => record.Version;

    public override CertificateRow WithVersion(CertificateRow record, int version) => new()
    {
        CertificateId = record.CertificateId, Standard = record.Standard, Scope = record.Scope, Sku = record.Sku, ProductId = record.ProductId,
        FactoryName = record.FactoryName, FactoryCountry = record.FactoryCountry, Issuer = record.Issuer, Number = record.Number,
        ValidFrom = record.ValidFrom, ValidTo = record.ValidTo, DocumentUrl = record.DocumentUrl, DocumentSha256 = record.DocumentSha256,
        DocumentFormat = record.DocumentFormat, DocumentName = record.DocumentName, DocumentBytes = record.DocumentBytes, Source = record.Source, Version = version,
        CreatedAtMs = record.CreatedAtMs, UpdatedAtMs = record.UpdatedAtMs,
    };

    /// <summary>Compared member by member for the audit trail: the certificate without its validity today (not part of the record), and the
    /// uploaded document by its hash, since its link stays the same when a new document replaces it.</summary>
    public override object Answer(CertificateRow record) => new AuditedCertificate(
        CertificateResponse.From(record, DateOnly.MinValue) with { Valid = false, Etag = "" }, record.DocumentSha256);

    private sealed record AuditedCertificate(CertificateResponse Certificate, string? DocumentSha256);

    public override async Task<CertificateRow?> FindAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string key) =>
        await connection.QuerySingleOrDefaultAsync<CertificateRow>(sql.Render(SelectOne), new { CertificateId = key }, transaction);

    protected override object Parameters(CertificateRow c, long nowMs, int expectedVersion) => new
    {
        c.CertificateId, c.Standard, c.Scope, c.Sku, c.ProductId, c.FactoryName, c.FactoryCountry, c.Issuer, c.Number, c.ValidFrom, c.ValidTo,
        c.DocumentUrl, c.DocumentSha256, c.DocumentFormat, c.DocumentName, c.DocumentBytes, c.Source, c.Version, NowMs = nowMs,
        ExpectedVersion = expectedVersion,
    };
}
