using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Customization;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Customization.GetCustomizationOption;

public sealed class GetCustomizationOptionEndpoint(VersionedRecordWriter writer) : Endpoint<CustomizationOptionRoute>
{
    public override void Configure()
    {
        Get("/customization-options/{optionId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetCustomizationOption")
            .WithSummary("Read a customisation option")
            .WithDescription("Its placements and limits, surcharge ladder, setup fee, MOQ per design, extra lead days, artwork formats and " +
                "what it applies to, with its version as the ETag to send in If-Match.")
            .Produces<CustomizationOptionResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(CustomizationOptionRoute req, CancellationToken ct)
    {
        var table = CustomizationOptionTable.Instance;
        var option = await writer.FindAsync(table, req.OptionId, ct);
        await Send.ResultAsync(option is null
            ? VersionedRecordWriter.NotFound(table, req.OptionId)
            : VersionedResults.Answer(HttpContext, new VersionedWrite<CustomizationOption>(option, null), CustomizationOptionResponse.From, r => r.ETag, ""));
    }
}
