using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Customization.ListCustomizationOptions;

public sealed class ListCustomizationOptionsEndpoint(IDbConnectionFactory connections) : Endpoint<ListCustomizationOptionsRequest>
{
    public override void Configure()
    {
        Get("/customization-options");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListCustomizationOptions")
            .WithSummary("List customisation options, by id")
            .WithDescription("Every option quotes can price, with its version, optionally of one method or for one family; follow " +
                "nextCursor, with the same filters, until it is null. Product reads list the options of each product.")
            .ProducesValidationProblem()
            .Produces<ListCustomizationOptionsResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListCustomizationOptionsRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<Results<ETaggedJson<ListCustomizationOptionsResponse>, ValidationProblem>> PageAsync(
        ListCustomizationOptionsRequest request, CancellationToken cancellationToken)
    {
        var filters = CursorCodec.Fingerprint(new { request.Method, request.Family });
        if (!request.TryReadCursor(filters, out var afterId))
        {
            return AdminPageRequest.CursorProblem();
        }

        var limit = request.Limit ?? AdminPageRequest.DefaultLimit;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await CustomizationData.AllAsync(connection))
            .Where(o => request.Method is null || o.Method == request.Method)
            .Where(o => request.Family is null || o.Families.Contains(request.Family))
            .Where(o => afterId is null || string.CompareOrdinal(o.Id, afterId) > 0)
            .Take(limit + 1)
            .ToList();
        var (page, next) = AdminPageRequest.Slice(rows, limit, filters, o => o.Id);
        return ETaggedJson.Of(new ListCustomizationOptionsResponse(page.Select(CustomizationOptionResponse.From).ToList(), next, limit));
    }
}
