using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Labels.ListLabels;

public sealed class ListLabelsEndpoint(IDbConnectionFactory connections) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("/labels");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListLabels")
            .WithSummary("List the vocabulary labels in every language")
            .WithDescription("Every feature's and certification's label and every family's name and description, in en, de, fr, pt-BR and ar " +
                "as far as they are translated: what catalogue reads show for featureLabels, certificationLabels and categories in each language. " +
                "Each has a version; change one at PUT /v1/admin/labels/{kind}/{key}.")
            .Produces<ListLabelsResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var labels = await connection.QueryAsync<LabelRow>(connections.Dialect.Render(LabelTable.SelectAll));
        await Send.ResultAsync(ETaggedJson.Of(new ListLabelsResponse(labels.Select(l => LabelResponse.From(l.ToLabel())).ToList())));
    }
}
