using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.PriceLists;

public class PriceListRoute
{
    [RouteParam]
    [Description("The distributor's id, e.g. dst_nairobi-outfitters.")]
    public string DistributorId { get; init; } = "";

    public string Location => $"/v1/admin/distributors/{DistributorId}/price-list";
}

public class PriceListChange : PriceListRoute
{
    [FromHeader("If-Match", isRequired: false)]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}

public sealed class ReplacePriceListRequest : PriceListChange
{
    [FromBody]
    public PriceListDocument Body { get; init; } = default!;
}

public sealed class DeletePriceListRequest : PriceListRoute
{
    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}
