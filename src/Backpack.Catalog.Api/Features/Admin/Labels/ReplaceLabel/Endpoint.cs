using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Labels.ReplaceLabel;

public sealed class ReplaceLabelEndpoint(VersionedRecordWriter writer) : Endpoint<ReplaceLabelRequest>
{
    public override void Configure()
    {
        Put("/labels/{kind}/{key}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ReplaceLabel")
            .WithSummary("Replace a vocabulary label in every language")
            .WithDescription("The label per language (English required; de, fr, pt-BR and ar as translated), and for a family (kind category) " +
                "its description per language too. A language left out shows English. Catalogue reads show it at once, and every published " +
                "product that shows it is re-announced in the change feed. Requires If-Match with the label's ETag (428 without, 412 when " +
                "stale); answers the label with its new ETag. Sending what is stored changes nothing. Audited as label.updated.")
            .Accepts<LabelDocument>("application/json")
            .Produces<LabelResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(ReplaceLabelRequest req, CancellationToken ct)
    {
        var table = LabelTable.Instance;
        var key = $"{req.Kind}/{req.Key}";
        if (!CatalogueLabels.Knows(req.Kind, req.Key))
        {
            await Send.ResultAsync(VersionedRecordWriter.NotFound(table, key));
            return;
        }

        if (VersionedResults.Violations(req.Body, (body, fail) => LabelRules.Check(req.Kind, body, fail)) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        var label = new CatalogueLabel(req.Kind, req.Key, req.Body.Label!.Trimmed(), req.Body.Description?.Trimmed(), 1);
        var outcome = await writer.ReplaceAsync(table, label, req.IfMatch, Caller.From(User), ct);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, LabelResponse.From, r => r.ETag, ""));
    }
}
