using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.Certificates;

/// <param name="Source">recorded (entered here with its particulars) or declared (a standard the product's certifications list names; record its
/// particulars with PUT to make it recorded).</param>
/// <param name="ValidTo">The last day it is valid; null for a declared certificate.</param>
/// <param name="Valid">Whether it is valid today (UTC).</param>
/// <param name="DocumentUrl">Where the issuer keeps the certificate, when it gave a link.</param>
/// <param name="DocumentHref">The certificate's document as uploaded (PUT …/document), public; null until one is.</param>
/// <param name="Etag">The version's entity tag, also the ETag header: send it as If-Match to change or remove the certificate.</param>
public sealed record CertificateResponse(
    [property: MaxLength(CertificateIds.Length), RegularExpression(CertificateIds.Pattern)] string Id,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Certifications))] string Standard,
    [property: OneOf(typeof(CertificateScopes), nameof(CertificateScopes.All))] string Scope,
    [property: Identifier(Ids.Sku)] string? Sku,
    [property: Identifier(Ids.Product)] string? ProductId,
    [property: MaxLength(100)] string? FactoryName,
    [property: MaxLength(2), RegularExpression(Pricing.Countries.Pattern)] string? FactoryCountry,
    [property: MaxLength(ComplianceLimits.MaxIssuerLength)] string? Issuer,
    [property: MaxLength(ComplianceLimits.MaxNumberLength)] string? Number,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    bool Valid,
    [property: MaxLength(CertificateRules.MaxUrlLength)] string? DocumentUrl,
    [property: MaxLength(80)] string? DocumentHref,
    [property: OneOf(typeof(CertificateSources), nameof(CertificateSources.All))] string Source,
    [property: MaxLength(24), RegularExpression("^\"[0-9]+\"$")] string Etag)
{
    public static CertificateResponse Example => From(CertificateDocument.Example.ToRow("crt_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c"), new DateOnly(2026, 11, 21));

    public static CertificateResponse From(CertificateRow row, DateOnly today) => new(
        row.CertificateId, row.Standard, row.Scope, row.Sku, row.ProductId, row.FactoryName, row.FactoryCountry, row.Issuer, row.Number, row.From, row.To,
        row.IsValidOn(today), row.DocumentUrl, row.DocumentHref, row.Source, row.ETag);
}

/// <param name="NextCursor">Pass as cursor, with the same filters, for the next page; null on the last page.</param>
public sealed record CertificateListResponse(
    [property: MaxLength(AdminPageRequest.MaxLimit)] IReadOnlyList<CertificateResponse> Items,
    [property: MaxLength(AdminPageRequest.MaxCursorLength), RegularExpression(Infrastructure.Http.CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, AdminPageRequest.MaxLimit)] int Limit)
{
    public static CertificateListResponse Example => new([CertificateResponse.Example], null, AdminPageRequest.DefaultLimit);
}
