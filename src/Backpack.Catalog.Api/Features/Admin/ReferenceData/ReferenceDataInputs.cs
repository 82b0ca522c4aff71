using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

public class FreightLaneRoute
{
    public const string LaneIdDescription = "A freight lane's id, e.g. cnytn-kemba-sea-lcl.";

    [RouteParam]
    [Description(LaneIdDescription)]
    public string LaneId { get; init; } = "";
}

public class FreightLaneChange : FreightLaneRoute
{
    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}

public sealed class ReplaceFreightLaneRequest : FreightLaneChange
{
    [FromBody]
    public FreightLaneDocument Body { get; init; } = default!;
}

public class DutyRateRoute
{
    [RouteParam]
    [Description("ISO 3166-1 alpha-2 destination country, e.g. KE.")]
    public string Country { get; init; } = "";

    [RouteParam]
    [Description("HS heading, e.g. 4202.92.")]
    public string HsHeading { get; init; } = "";

    public string Key => DutyRateTable.Key(Country, HsHeading);
}

public class DutyRateChange : DutyRateRoute
{
    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}

public sealed class ReplaceDutyRateRequest : DutyRateChange
{
    [FromBody]
    public DutyRateDocument Body { get; init; } = default!;
}

public sealed class ReplaceInsuranceTermsRequest
{
    [FromHeader("If-Match", isRequired: false)]
    [Description("The ETag of the terms as you last read them; required when terms are stored (428 without, 412 when stale). " +
        "Leave it out only to set terms on a database that has none.")]
    public string? IfMatch { get; init; }

    [FromBody]
    public InsuranceDocument Body { get; init; } = default!;
}
