using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Compliance;

/// <summary>What the destination requires of these goods: which lines a valid certificate covers, which lack one (each a violation), and the
/// certificates each shipment must get on its way.</summary>
/// <param name="DestinationCountry">Where the goods clear customs.</param>
/// <param name="Covered">Each line and product requirement a valid certificate meets, with the certificate.</param>
/// <param name="Missing">Each line and product requirement no valid certificate meets: none on record, or only expired ones.</param>
/// <param name="PerShipment">The certificates each shipment must get (a checklist for the shipment, not a violation).</param>
public sealed record ComplianceResponse(
    [property: MaxLength(2), RegularExpression(Destinations.Pattern)] string DestinationCountry,
    [property: MaxLength(ComplianceLimits.MaxEntries)] IReadOnlyList<CoveredRequirementResponse> Covered,
    [property: MaxLength(ComplianceLimits.MaxEntries)] IReadOnlyList<MissingRequirementResponse> Missing,
    [property: MaxLength(ComplianceLimits.MaxRequirementsPerDestination)] IReadOnlyList<ShipmentRequirementResponse> PerShipment)
{
    public static ComplianceResponse Example => new("KE", [], [],
        [new ShipmentRequirementResponse("KE-PVOC-SHIPMENT", "PVOC", "PVoC Certificate of Conformity (CoC)", "Kenya Bureau of Standards (KEBS)",
            "Issued for each shipment by a KEBS-appointed PVoC agent after inspection at origin, before the goods sail.")]);
}

/// <param name="Requirement">The destination requirement's id, e.g. US-CPSIA-KIDS.</param>
/// <param name="Certificate">The valid certificate that meets it (the one that runs longest, when several do).</param>
public sealed record CoveredRequirementResponse(
    [property: MaxLength(ComplianceLimits.MaxRequirementIdLength)] string Requirement,
    [property: MaxLength(ComplianceLimits.MaxStandardLength)] string Standard,
    [property: Range(1, LineItemRules.MaxLines)] int Line,
    [property: Identifier(Ids.Sku)] string Sku,
    CertificateSummaryResponse Certificate);

/// <param name="Reason">missing (no certificate of the standard covers the line) or expired (only expired ones do).</param>
/// <param name="ExpiredOn">expired: when the latest of them ran out.</param>
public sealed record MissingRequirementResponse(
    [property: MaxLength(ComplianceLimits.MaxRequirementIdLength)] string Requirement,
    [property: MaxLength(ComplianceLimits.MaxStandardLength)] string Standard,
    [property: MaxLength(ComplianceLimits.MaxNameLength)] string Name,
    [property: Range(1, LineItemRules.MaxLines)] int Line,
    [property: Identifier(Ids.Sku)] string Sku,
    [property: OneOf(typeof(ComplianceCodes), nameof(ComplianceCodes.Reasons))] string Reason,
    DateOnly? ExpiredOn,
    [property: MaxLength(ComplianceLimits.MaxMessageLength)] string Message);

public sealed record ShipmentRequirementResponse(
    [property: MaxLength(ComplianceLimits.MaxRequirementIdLength)] string Requirement,
    [property: MaxLength(ComplianceLimits.MaxStandardLength)] string Standard,
    [property: MaxLength(ComplianceLimits.MaxNameLength)] string Name,
    [property: MaxLength(ComplianceLimits.MaxNameLength)] string Authority,
    [property: MaxLength(ComplianceLimits.MaxNoteLength)] string? Note);

/// <param name="Id">The certificate's id.</param>
/// <param name="Scope">sku, product or factory.</param>
/// <param name="Source">recorded (with its issuer, number and validity) or declared (a standard the product's certifications list names).</param>
/// <param name="ValidTo">When it runs out; null for a declared certificate, which has no recorded expiry.</param>
public sealed record CertificateSummaryResponse(
    [property: MaxLength(CertificateIds.Length), RegularExpression(CertificateIds.Pattern)] string Id,
    [property: OneOf(typeof(CertificateScopes), nameof(CertificateScopes.All))] string Scope,
    [property: OneOf(typeof(CertificateSources), nameof(CertificateSources.All))] string Source,
    [property: MaxLength(ComplianceLimits.MaxIssuerLength)] string? Issuer,
    [property: MaxLength(ComplianceLimits.MaxNumberLength)] string? Number,
    DateOnly? ValidTo);

/// <summary>The violations a missing product certificate makes, in quotes, validations and orders.</summary>
public static class ComplianceCodes
{
    public const string CertificateMissing = "certificate_missing";
    public const string CertificateExpired = "certificate_expired";

    public static readonly IReadOnlyList<string> All = [CertificateMissing, CertificateExpired];

    public const string Missing = "missing";
    public const string Expired = "expired";

    public static readonly IReadOnlyList<string> Reasons = [Missing, Expired];
}

public static class ComplianceLimits
{
    public const int MaxRequirementsPerDestination = 20;
    public const int MaxEntries = LineItemRules.MaxLines * MaxRequirementsPerDestination;
    public const int MaxRequirementIdLength = 40;
    public const string RequirementIdPattern = "^[A-Z]{2}-[A-Z0-9-]{2,37}$";
    public const int MaxStandardLength = 40;
    public const int MaxNameLength = 100;
    public const int MaxNoteLength = 300;
    public const int MaxIssuerLength = 100;
    public const int MaxNumberLength = 60;
    public const int MaxMessageLength = 300;
}
