using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Customization.CreateCustomizationOption;

public sealed class CreateCustomizationOptionEndpoint(IDbConnectionFactory connections, VersionedRecordWriter writer)
    : Endpoint<CustomizationOptionDocument>
{
    public override void Configure()
    {
        Post("/customization-options");
        Group<AdminGroup>();
        Description(b => b
            .WithName("CreateCustomizationOption")
            .WithSummary("Offer a customisation (logo embroidery, print, label, packaging …) on families or SKUs")
            .WithDescription("Product reads of the families and SKUs it names list it from the next request, quotes and orders price it " +
                "(surcharge per unit at the line's quantity, setup fee once per design), and the change feed re-announces each product it " +
                "applies to. Every broken rule is reported at once (400), including the trade's own: embroidery needs its stitch-count " +
                "band, screen print its colours, debossing is for leather, and kids' bags take no heat transfer on reflective parts. " +
                "409 when the id is taken. Audited.")
            .Accepts<CustomizationOptionDocument>("application/json")
            .Produces<CustomizationOptionResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(CustomizationOptionDocument req, CancellationToken ct)
    {
        if (await CustomizationOptionChecks.ViolationsAsync(connections, req, creating: true, null, ct) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        var option = CustomizationOptionRules.ToOption(req.Id!, req, 1);
        var location = $"/v1/admin/customization-options/{option.Id}";
        var outcome = await writer.CreateAsync(CustomizationOptionTable.Instance, option, location, Caller.From(User), ct);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, CustomizationOptionResponse.From, r => r.ETag, location));
    }
}
