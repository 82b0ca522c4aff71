using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Admin.ReferenceData.ReplaceDutyRate;
using Backpack.Catalog.Api.Features.Admin.ReferenceData.ReplaceFreightLane;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData;

/// <summary>
/// The create operations' schema examples are a lane and a rate the demo data leaves out. The replace operations get a
/// demo lane and rate that exist, with new figures, so that sending the example changes them instead of answering 404.
/// </summary>
public sealed class ReferenceDataChangeExamples(IOptions<JsonOptions> json) : IOperationFilter
{
    private static readonly FreightLaneDocument Lane = new()
    {
        Id = "cnytn-kemba-sea-lcl", Origin = "CNYTN", Destination = "KEMBA", Mode = ShippingModes.SeaLcl, Currency = "USD", RatePerCbm = 82.00m,
        MinimumCharge = 82.00m, OriginCharges = 85.00m, TransitDays = 26, ValidFrom = new DateOnly(2026, 12, 1), ValidTo = new DateOnly(2027, 5, 31),
        Firm = true, Source = "Contract rate, forwarder tender 2026-11 (demo figures)",
    };

    private static readonly DutyRateDocument Duty = new()
    {
        Country = "KE", HsHeading = "4202.92", DutyPercent = 35m, VatName = "VAT", VatPercent = 16m,
        Levies = [new() { Name = "Import declaration fee", Percent = 2.5m }, new() { Name = "Railway development levy", Percent = 1.5m }],
        ValuationBasis = "CIF", AsOf = new DateOnly(2026, 11, 1), Source = "Demo rate for the sample catalogue (not tariff data)",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        object? example = context.Documents<ReplaceFreightLaneEndpoint>() ? Lane : context.Documents<ReplaceDutyRateEndpoint>() ? Duty : null;
        if (example is not null && operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true && media is OpenApiMediaType body)
        {
            body.Example = JsonNode.Parse(JsonSerializer.Serialize(example, example.GetType(), json.Value.SerializerOptions));
        }
    }
}
