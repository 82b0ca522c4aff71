using System.ComponentModel.DataAnnotations;

namespace Backpack.Catalog.Api.Features.Orders.Documents;

/// <summary>The seller the trade documents name, bound from the <c>Seller</c> configuration section. The defaults are a labelled demo
/// identity, not a registered company.</summary>
public sealed class SellerOptions
{
    public const string Section = "Seller";

    [Required]
    [MaxLength(100)]
    public string Name { get; set; } = "Backpack Catalog Trading Ltd. (demo seller)";

    [MinLength(1)]
    [MaxLength(4)]
    public List<string> AddressLines { get; set; } = ["Unit 1203, 12/F, Kowloon Bay Trade Centre", "Kowloon Bay, Hong Kong"];

    [Required]
    [RegularExpression(Pricing.Countries.Pattern)]
    public string Country { get; set; } = "HK";

    /// <summary>The business registration or tax number printed on invoices.</summary>
    [MaxLength(40)]
    public string? TaxId { get; set; } = "BR 00000000 (demo)";
}
