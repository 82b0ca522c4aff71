using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.DestinationRequirements;

/// <summary>What goods going to a country (or to any EU member state) must have: a certificate the product holds, or one each shipment gets.</summary>
public sealed class DestinationRequirementDocument
{
    public static DestinationRequirementDocument Example => new()
    {
        Country = "US", Standard = "CPSIA", Kind = RequirementKinds.ProductCertificate, AppliesTo = RequirementScopes.Kids,
        Name = "Children's Product Certificate (CPSIA)", Authority = "US Consumer Product Safety Commission (CPSC)",
        Note = "From tests by a CPSC-accepted laboratory (lead, phthalates), with tracking labels on the product.",
    };

    /// <summary>ISO 3166-1 alpha-2, or EU for every member state.</summary>
    /// <example>US</example>
    [Required]
    [MinLength(2)]
    [MaxLength(2)]
    [RegularExpression(Destinations.Pattern)]
    public string? Country { get; init; }

    /// <example>CPSIA</example>
    [Required]
    [OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Certifications))]
    public string? Standard { get; init; }

    /// <summary>product_certificate (the product must hold a valid one: a line without is a violation) or shipment_certificate (each shipment
    /// must get one: a checklist).</summary>
    /// <example>product_certificate</example>
    [Required]
    [OneOf(typeof(RequirementKinds), nameof(RequirementKinds.All))]
    public string? Kind { get; init; }

    /// <summary>all products, or kids (the kids category only).</summary>
    /// <example>kids</example>
    [Required]
    [OneOf(typeof(RequirementScopes), nameof(RequirementScopes.Values))]
    public string? AppliesTo { get; init; }

    [Required]
    [MinLength(1)]
    [MaxLength(ComplianceLimits.MaxNameLength)]
    public string? Name { get; init; }

    [Required]
    [MinLength(1)]
    [MaxLength(ComplianceLimits.MaxNameLength)]
    public string? Authority { get; init; }

    [MaxLength(ComplianceLimits.MaxNoteLength)]
    public string? Note { get; init; }

    public DestinationRequirementRow ToRow(string id) => new()
    {
        RequirementId = id, Country = Country!, Standard = Standard!, Kind = Kind!, AppliesTo = AppliesTo!, Name = Name!.Trim(), Authority = Authority!.Trim(),
        Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
    };

    public static void Check(DestinationRequirementDocument d, Action<string, string> fail)
    {
        if (d.Country is null || !Regex.IsMatch(d.Country, Destinations.Pattern))
        {
            fail("country", "country is required: ISO 3166-1 alpha-2, e.g. US, or EU for every member state.");
        }

        if (d.Standard is null || !CatalogueVocabulary.Certifications.Contains(d.Standard))
        {
            fail("standard", $"standard is required: one of {CatalogueVocabulary.Describe(CatalogueVocabulary.Certifications)}.");
        }

        if (d.Kind is null || !RequirementKinds.All.Contains(d.Kind))
        {
            fail("kind", "kind is required: product_certificate or shipment_certificate.");
        }

        if (d.AppliesTo is null || !RequirementScopes.Values.Contains(d.AppliesTo))
        {
            fail("appliesTo", "appliesTo is required: all or kids.");
        }

        Certificates.CertificateRules.Text(d.Name, "name", ComplianceLimits.MaxNameLength, fail);
        Certificates.CertificateRules.Text(d.Authority, "authority", ComplianceLimits.MaxNameLength, fail);
        Certificates.CertificateRules.Text(d.Note, "note", ComplianceLimits.MaxNoteLength, fail, required: false);
    }
}

public class DestinationRequirementRoute
{
    [RouteParam]
    [Description("A requirement's id: its country, then capital letters, digits and hyphens, e.g. US-CPSIA-KIDS.")]
    public string RequirementId { get; init; } = "";
}

public class DestinationRequirementChange : DestinationRequirementRoute
{
    [FromHeader("If-Match", isRequired: false)]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}

public sealed class PutDestinationRequirementRequest : DestinationRequirementChange
{
    [FromBody]
    public DestinationRequirementDocument Body { get; init; } = default!;
}

/// <param name="Etag">The version's entity tag, also the ETag header: send it as If-Match to change or remove the requirement.</param>
public sealed record DestinationRequirementResponse(
    [property: MaxLength(ComplianceLimits.MaxRequirementIdLength), RegularExpression(ComplianceLimits.RequirementIdPattern)] string Id,
    [property: MaxLength(2), RegularExpression(Destinations.Pattern)] string Country,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Certifications))] string Standard,
    [property: OneOf(typeof(RequirementKinds), nameof(RequirementKinds.All))] string Kind,
    [property: OneOf(typeof(RequirementScopes), nameof(RequirementScopes.Values))] string AppliesTo,
    [property: MaxLength(ComplianceLimits.MaxNameLength)] string Name,
    [property: MaxLength(ComplianceLimits.MaxNameLength)] string Authority,
    [property: MaxLength(ComplianceLimits.MaxNoteLength)] string? Note,
    [property: MaxLength(24), RegularExpression("^\"[0-9]+\"$")] string Etag)
{
    public static DestinationRequirementResponse Example => From(DestinationRequirementDocument.Example.ToRow("US-CPSIA-KIDS"));

    public static DestinationRequirementResponse From(DestinationRequirementRow r) =>
        new(r.RequirementId, r.Country, r.Standard, r.Kind, r.AppliesTo, r.Name, r.Authority, r.Note, CataloguePreconditions.ETagOf(r.Version));
}

/// <param name="Items">Every requirement, by id.</param>
public sealed record DestinationRequirementListResponse(
    [property: MaxLength(DestinationRequirementTable.MaxRequirements)] IReadOnlyList<DestinationRequirementResponse> Items)
{
    public static DestinationRequirementListResponse Example => new([DestinationRequirementResponse.Example]);
}
