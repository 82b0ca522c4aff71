using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
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
        var labels = await LabelTable.AllAsync(connection, null, connections.Dialect);
        await Send.ResultAsync(ETaggedJson.Of(new ListLabelsResponse(labels.Select(LabelResponse.From).ToList())));
    }
}
