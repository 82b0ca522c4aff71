using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.Certificates;

/// <summary>A certificate the supplier holds: its standard, what it covers, who issued it, its number, its validity and where its document is.</summary>
public sealed class CertificateDocument
{
    public static CertificateDocument Example => new()
    {
        Standard = "CPSIA", Scope = CertificateScopes.Product, ProductId = "kids-glow-safe-7", Issuer = "Intertek Hong Kong (CPSC-accepted laboratory)",
        Number = "CPC-KDGLOW7-2026-014", ValidFrom = new DateOnly(2026, 3, 1), ValidTo = new DateOnly(2027, 2, 28),
        DocumentUrl = "https://certificates.example.com/CPC-KDGLOW7-2026-014.pdf",
    };

    /// <summary>The standard, from the catalogue's certifications: REACH, CPSIA, EN71, OEKO-TEX-100, GRS, GOTS, LWG, ISO-9001, BSCI, SASO, SONCAP or PVOC.</summary>
    /// <example>CPSIA</example>
    [Required]
    [OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Certifications))]
    public string? Standard { get; init; }

    /// <summary>sku (one SKU: sku), product (the product and its SKUs: productId) or factory (everything made in factoryCountry: factoryCountry,
    /// with factoryName).</summary>
    /// <example>product</example>
    [Required]
    [OneOf(typeof(CertificateScopes), nameof(CertificateScopes.All))]
    public string? Scope { get; init; }

    [Identifier(Ids.Sku)]
    public string? Sku { get; init; }

    [Identifier(Ids.Product)]
    public string? ProductId { get; init; }

    /// <summary>factory: the factory's name (at most 100 characters).</summary>
    [MaxLength(100)]
    public string? FactoryName { get; init; }

    /// <summary>factory: its country, ISO 3166-1 alpha-2; the certificate covers the products made there.</summary>
    [MinLength(2)]
    [MaxLength(2)]
    [RegularExpression(Pricing.Countries.Pattern)]
    public string? FactoryCountry { get; init; }

    /// <summary>The laboratory, certification body or authority that issued it (at most 100 characters).</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(ComplianceLimits.MaxIssuerLength)]
    public string? Issuer { get; init; }

    /// <summary>The certificate's number as printed on it (at most 60 characters).</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(ComplianceLimits.MaxNumberLength)]
    public string? Number { get; init; }

    /// <summary>The first day it is valid (UTC date).</summary>
    [Required]
    public DateOnly? ValidFrom { get; init; }

    /// <summary>The last day it is valid (UTC date), not before validFrom.</summary>
    [Required]
    public DateOnly? ValidTo { get; init; }

    /// <summary>Where the certificate's document is, an https URL (at most 500 characters).</summary>
    [MaxLength(CertificateRules.MaxUrlLength)]
    public string? DocumentUrl { get; init; }

    /// <summary>The row, or null while the document breaks a rule that leaves it incomplete.</summary>
    public CertificateRow? ToRowOrNull() => Standard is null || Scope is null || Issuer is null || Number is null || ValidFrom is null || ValidTo is null ? null : ToRow("");

    public CertificateRow ToRow(string id) => new()
    {
        CertificateId = id, Standard = Standard!, Scope = Scope!, Sku = Scope == CertificateScopes.Sku ? Sku : null,
        ProductId = Scope == CertificateScopes.Product ? ProductId : null, FactoryName = Scope == CertificateScopes.Factory ? FactoryName?.Trim() : null,
        FactoryCountry = Scope == CertificateScopes.Factory ? FactoryCountry : null, Issuer = Issuer!.Trim(), Number = Number!.Trim(),
        ValidFrom = ValidFrom!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ValidTo = ValidTo!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DocumentUrl = DocumentUrl, Source = CertificateSources.Recorded,
    };
}

/// <summary>Every rule a certificate document must keep, reported together.</summary>
public static class CertificateRules
{
    public const int MaxUrlLength = 500;

    public static void Check(CertificateDocument d, Action<string, string> fail)
    {
        if (d.Standard is null || !CatalogueVocabulary.Certifications.Contains(d.Standard))
        {
            fail("standard", $"standard is required: one of {CatalogueVocabulary.Describe(CatalogueVocabulary.Certifications)}.");
        }

        switch (d.Scope)
        {
            case CertificateScopes.Sku when d.Sku is null:
                fail("sku", "sku is required for a certificate of one SKU (scope sku).");
                break;
            case CertificateScopes.Product when d.ProductId is null:
                fail("productId", "productId is required for a certificate of a product (scope product).");
                break;
            case CertificateScopes.Factory when d.FactoryCountry is null || !System.Text.RegularExpressions.Regex.IsMatch(d.FactoryCountry, Pricing.Countries.Pattern):
                fail("factoryCountry", "factoryCountry is required for a factory certificate (scope factory): the factory's country, e.g. VN.");
                break;
            case CertificateScopes.Sku or CertificateScopes.Product or CertificateScopes.Factory:
                break;
            default:
                fail("scope", "scope is required: sku, product or factory.");
                break;
        }

        Text(d.Issuer, "issuer", ComplianceLimits.MaxIssuerLength, fail);
        Text(d.Number, "number", ComplianceLimits.MaxNumberLength, fail);
        Text(d.FactoryName, "factoryName", 100, fail, required: false);
        if (d.ValidFrom is null)
        {
            fail("validFrom", "validFrom is required: the first day the certificate is valid.");
        }

        if (d.ValidTo is null)
        {
            fail("validTo", "validTo is required: the last day the certificate is valid.");
        }
        else if (d.ValidFrom is { } from && d.ValidTo < from)
        {
            fail("validTo", "validTo cannot be before validFrom.");
        }

        if (d.DocumentUrl is { } url && (url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            fail("documentUrl", $"documentUrl must be an absolute https URL of at most {MaxUrlLength} characters.");
        }
    }

    /// <summary>A free-text member: 1 to max printable characters (when given, if not required).</summary>
    public static void Text(string? value, string member, int max, Action<string, string> fail, bool required = true)
    {
        if (value is null ? required : value.Trim().Length == 0 || value.Length > max || value.Any(char.IsControl))
        {
            fail(member, $"{member} {(required ? "is required: " : "must be ")}1 to {max} printable characters.");
        }
    }
}
