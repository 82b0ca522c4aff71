using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Admin.Customization.ReplaceCustomizationOption;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Backpack.Catalog.Api.Features.Admin.Customization;

/// <summary>
/// The create operation's example is an option the demo data lacks; the replace operation's is a demo option that exists
/// (logo-embroidery-5k, its id taken from the path), with a cheaper ladder, so that sending it changes the option.
/// </summary>
public sealed class CustomizationChangeExample(IOptions<JsonOptions> json) : IOperationFilter
{
    private static readonly CustomizationOptionDocument Replacement = new()
    {
        Method = CustomizationVocabulary.Embroidery, Name = "Logo embroidery up to 5,000 stitches",
        Placements = ["front-panel", "front-pocket", "flap", "shoulder-strap"], MaxColours = 6, MaxStitchCount = 5000, MaxWidthMm = 90, MaxHeightMm = 60,
        Surcharges = [new() { MinQuantity = 300, UnitSurchargeUsd = 0.90m }, new() { MinQuantity = 500, UnitSurchargeUsd = 0.75m }, new() { MinQuantity = 1000, UnitSurchargeUsd = 0.60m }],
        SetupFeeUsd = 35.00m, SetupFeePer = CustomizationVocabulary.PerDesign, MoqPerDesign = 300, ExtraLeadDays = 14,
        ArtworkFormats = ["ai", "eps", "pdf", "png", "svg"], Families = ["classic", "hike-daypack", "eco", "kids", "tactical"],
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.Documents<ReplaceCustomizationOptionEndpoint>() &&
            operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true && media is OpenApiMediaType body)
        {
            body.Example = JsonNode.Parse(JsonSerializer.Serialize(Replacement, json.Value.SerializerOptions));
        }
    }
}
