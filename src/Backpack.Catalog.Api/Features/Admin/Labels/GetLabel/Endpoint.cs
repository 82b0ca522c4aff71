using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Labels.GetLabel;

public sealed class GetLabelEndpoint(VersionedRecordWriter writer) : Endpoint<LabelRoute>
{
    public override void Configure()
    {
        Get("/labels/{kind}/{key}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("GetLabel")
            .WithSummary("Get one vocabulary label in every language")
            .WithDescription("With its ETag, for PUT /v1/admin/labels/{kind}/{key}.")
            .Produces<LabelResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(LabelRoute req, CancellationToken ct)
    {
        var table = LabelTable.Instance;
        var label = CatalogueLabels.Knows(req.Kind, req.Key) ? await writer.FindAsync(table, $"{req.Kind}/{req.Key}", ct) : null;
        await Send.ResultAsync(label is null
            ? VersionedRecordWriter.NotFound(table, $"{req.Kind}/{req.Key}")
            : VersionedResults.Answer(HttpContext, new VersionedWrite<CatalogueLabel>(label, null), LabelResponse.From, r => r.ETag, ""));
    }
}
