using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.Api.Features.Compliance;

/// <summary>A line as the destination's requirements see it.</summary>
public sealed record ComplianceLine(int Line, string Sku, string ProductId, string Category, string OriginCountry)
{
    internal static ComplianceLine Of(int line, Pricing.PricingData.PricingRow row) => new(line, row.Sku, row.ProductId, row.CategoryKey, row.OriginCountry);
}

/// <summary>A line a required product certificate is missing for, as a violation.</summary>
public sealed record ComplianceViolation(int Line, string Sku, string Code, string Message);

public sealed record ComplianceResult(ComplianceResponse Response, IReadOnlyList<ComplianceViolation> Violations);

/// <summary>
/// Checks lines against what their destination requires: a product certificate a requirement names must be valid today for the SKU, its
/// product or its factory (the country of origin), or the line is in violation (certificate_missing, or certificate_expired when only expired
/// ones are on record); shipment certificates are listed to arrange for each shipment.
/// </summary>
public static class ComplianceCheck
{
    public static async Task<ComplianceResult> RunAsync(
        DbConnection connection, SqlDialect sql, string destination, IReadOnlyList<ComplianceLine> lines, DateOnly today)
    {
        var requirements = await ComplianceStore.RequirementsAsync(connection, sql, destination);
        var productRequirements = requirements.Where(r => r.Kind == RequirementKinds.ProductCertificate).ToList();
        var certificates = await ComplianceStore.CoveringAsync(connection, sql, productRequirements.Select(r => r.Standard).Distinct().ToList(), lines);
        return Evaluate(destination, lines, requirements, certificates, today);
    }

    public static ComplianceResult Evaluate(
        string destination, IReadOnlyList<ComplianceLine> lines, IReadOnlyList<DestinationRequirementRow> requirements, IReadOnlyList<CertificateRow> certificates,
        DateOnly today)
    {
        var covered = new List<CoveredRequirementResponse>();
        var missing = new List<MissingRequirementResponse>();
        var violations = new List<ComplianceViolation>();
        foreach (var line in lines)
        {
            foreach (var requirement in requirements.Where(r => r.Kind == RequirementKinds.ProductCertificate && r.AppliesToLine(line.Category)))
            {
                var candidates = certificates.Where(c => c.Standard == requirement.Standard && c.Covers(line.Sku, line.ProductId, line.OriginCountry)).ToList();
                var valid = candidates.Where(c => c.IsValidOn(today)).OrderByDescending(c => c.To ?? DateOnly.MaxValue).FirstOrDefault();
                if (valid is not null)
                {
                    covered.Add(new(requirement.RequirementId, requirement.Standard, line.Line, line.Sku,
                        new CertificateSummaryResponse(valid.CertificateId, valid.Scope, valid.Source, valid.Issuer, valid.Number, valid.To)));
                    continue;
                }

                var expiredOn = candidates.Where(c => c.To < today).Select(c => c.To).Max();
                var (code, reason, message) = expiredOn is { } day
                    ? (ComplianceCodes.CertificateExpired, ComplianceCodes.Expired,
                        $"{line.Sku}: {destination} requires {requirement.Name} ({requirement.Standard}), and its certificate expired on {day:yyyy-MM-dd}.")
                    : (ComplianceCodes.CertificateMissing, ComplianceCodes.Missing,
                        $"{line.Sku}: {destination} requires {requirement.Name} ({requirement.Standard}), and no certificate of it is on record for the SKU, its product or its factory.");
                missing.Add(new(requirement.RequirementId, requirement.Standard, requirement.Name, line.Line, line.Sku, reason, expiredOn, message));
                violations.Add(new(line.Line, line.Sku, code, message));
            }
        }

        var perShipment = requirements.Where(r => r.Kind == RequirementKinds.ShipmentCertificate && lines.Any(l => r.AppliesToLine(l.Category)))
            .Select(r => new ShipmentRequirementResponse(r.RequirementId, r.Standard, r.Name, r.Authority, r.Note)).ToList();
        return new ComplianceResult(new ComplianceResponse(destination, covered, missing, perShipment), violations);
    }
}
