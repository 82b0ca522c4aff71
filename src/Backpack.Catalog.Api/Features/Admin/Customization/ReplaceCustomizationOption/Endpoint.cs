using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Customization.ReplaceCustomizationOption;

public sealed class ReplaceCustomizationOptionEndpoint(IDbConnectionFactory connections, VersionedRecordWriter writer)
    : Endpoint<ReplaceCustomizationOptionRequest>
{
    public override void Configure()
    {
        Put("/customization-options/{optionId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ReplaceCustomizationOption")
            .WithSummary("Replace a customisation option")
            .WithDescription("The whole option, as on create; id may be left out. The next quote prices with it; placed orders keep what " +
                "they were priced with. Products it applied to before or applies to now are re-announced in the change feed. Requires " +
                "If-Match with the option's ETag (428 without, 412 when stale); answers the option with its new ETag. Sending what is " +
                "stored changes nothing and keeps the version. Audited.")
            .Accepts<CustomizationOptionDocument>("application/json")
            .Produces<CustomizationOptionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ReplaceCustomizationOptionRequest req, CancellationToken ct)
    {
        var table = CustomizationOptionTable.Instance;
        if (!System.Text.RegularExpressions.Regex.IsMatch(req.OptionId, CustomizationOptionRules.IdPattern))
        {
            await Send.ResultAsync(VersionedRecordWriter.NotFound(table, req.OptionId));
            return;
        }

        var body = req.Body with { Id = req.Body.Id ?? req.OptionId };
        if (await CustomizationOptionChecks.ViolationsAsync(connections, body, creating: false,
                (o, fail) => VersionedResults.SameKey(req.Body.Id, req.OptionId, "id", fail), ct) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        var option = CustomizationOptionRules.ToOption(req.OptionId, body, 1);
        var outcome = await writer.ReplaceAsync(table, option, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, CustomizationOptionResponse.From, r => r.ETag, ""));
    }
}
