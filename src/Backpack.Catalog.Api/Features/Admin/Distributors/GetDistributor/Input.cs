using System.ComponentModel;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Distributors.GetDistributor;

public sealed class GetDistributorInput
{
    [RouteParam]
    [Description("Distributor id, e.g. dst_nairobi-outfitters.")]
    public string DistributorId { get; init; } = "";
}
