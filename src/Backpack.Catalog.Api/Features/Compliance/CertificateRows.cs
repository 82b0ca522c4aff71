using System.Globalization;

namespace Backpack.Catalog.Api.Features.Compliance;

public static class CertificateIds
{
    public const string Pattern = "^crt_[0-9a-f]{32}$";
    public const int Length = 36;

    public static string New() => "crt_" + Guid.CreateVersion7().ToString("N");

    public static bool IsWellFormed(string? id) => id is { Length: Length } && id.StartsWith("crt_", StringComparison.Ordinal) && id[4..].All(char.IsAsciiHexDigitLower);
}

/// <summary>What a certificate covers: one SKU, a product and all its SKUs, or the factory in a country of origin and everything made there.</summary>
public static class CertificateScopes
{
    public const string Sku = "sku";
    public const string Product = "product";
    public const string Factory = "factory";

    public static readonly IReadOnlyList<string> All = [Sku, Product, Factory];
}

/// <summary>recorded: entered with its issuer, number and validity; declared: a standard a product's certifications list names, without them.</summary>
public static class CertificateSources
{
    public const string Recorded = "recorded";
    public const string Declared = "declared";

    public static readonly IReadOnlyList<string> All = [Recorded, Declared];
}

public sealed class CertificateRow
{
    public string CertificateId { get; set; } = "";
    public string Standard { get; set; } = "";
    public string Scope { get; set; } = "";
    public string? Sku { get; set; }
    public string? ProductId { get; set; }
    public string? FactoryName { get; set; }
    public string? FactoryCountry { get; set; }
    public string? Issuer { get; set; }
    public string? Number { get; set; }
    public string ValidFrom { get; set; } = "";
    public string? ValidTo { get; set; }
    public string? DocumentUrl { get; set; }

    /// <summary>The uploaded document, kept by the file store under its SHA-256.</summary>
    public string? DocumentSha256 { get; set; }

    public string? DocumentFormat { get; set; }
    public string? DocumentName { get; set; }
    public long? DocumentBytes { get; set; }

    /// <summary>Where the uploaded document downloads from; null until one is uploaded.</summary>
    public string? DocumentHref => DocumentSha256 is null ? null : $"/v1/certificates/{CertificateId}/document";

    public string Source { get; set; } = CertificateSources.Recorded;
    public int Version { get; set; } = 1;
    public long CreatedAtMs { get; set; }
    public long UpdatedAtMs { get; set; }

    public DateOnly From => DateOnly.Parse(ValidFrom, CultureInfo.InvariantCulture);

    public DateOnly? To => ValidTo is null ? null : DateOnly.Parse(ValidTo, CultureInfo.InvariantCulture);

    public bool IsValidOn(DateOnly day) => From <= day && (To is null || To >= day);

    /// <summary>Whether it covers a line of this SKU, product and country of origin.</summary>
    public bool Covers(string sku, string productId, string origin) => Scope switch
    {
        CertificateScopes.Sku => Sku == sku,
        CertificateScopes.Product => ProductId == productId,
        _ => FactoryCountry == origin,
    };

    public string ETag => Features.Admin.Catalogue.CataloguePreconditions.ETagOf(Version);
}

/// <summary>What a destination asks for: a certificate the product must hold, or one each shipment must get.</summary>
public static class RequirementKinds
{
    public const string ProductCertificate = "product_certificate";
    public const string ShipmentCertificate = "shipment_certificate";

    public static readonly IReadOnlyList<string> All = [ProductCertificate, ShipmentCertificate];
}

/// <summary>all products, or kids' bags only (the kids category).</summary>
public static class RequirementScopes
{
    public const string All = "all";
    public const string Kids = "kids";

    public static readonly IReadOnlyList<string> Values = [All, Kids];
}

public sealed class DestinationRequirementRow
{
    public string RequirementId { get; set; } = "";
    public string Country { get; set; } = "";
    public string Standard { get; set; } = "";
    public string Kind { get; set; } = "";
    public string AppliesTo { get; set; } = "";
    public string Name { get; set; } = "";
    public string Authority { get; set; } = "";
    public string? Note { get; set; }
    public int Version { get; set; } = 1;
    public long UpdatedAtMs { get; set; }

    public bool AppliesToLine(string category) => AppliesTo == RequirementScopes.All || category == "kids";
}

/// <summary>Destinations are countries, and EU for every member state: a requirement of EU applies to each.</summary>
public static class Destinations
{
    public const string EuropeanUnion = "EU";

    public static readonly IReadOnlySet<string> EuMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO",
        "SK", "SI", "ES", "SE",
    };

    public const string Pattern = "^[A-Z]{2}$";

    public static bool Includes(string requirementCountry, string destination) =>
        requirementCountry == destination || (requirementCountry == EuropeanUnion && EuMembers.Contains(destination));
}
