using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Customization;

public class CustomizationOptionRoute
{
    [RouteParam]
    [Description("A customisation option's id, e.g. logo-embroidery-5k.")]
    public string OptionId { get; init; } = "";
}

public class CustomizationOptionChange : CustomizationOptionRoute
{
    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}

public sealed class ReplaceCustomizationOptionRequest : CustomizationOptionChange
{
    [FromBody]
    public CustomizationOptionDocument Body { get; init; } = default!;
}
