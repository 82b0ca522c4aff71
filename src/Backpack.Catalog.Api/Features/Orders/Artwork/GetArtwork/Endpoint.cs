using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.Artwork.GetArtwork;

public sealed class GetArtworkEndpoint(IDbConnectionFactory connections) : Endpoint<DesignRoute>
{
    public override void Configure()
    {
        Get("/orders/{orderId}/designs/{design}/artwork");
        Group<V1>();
        Policies(AuthPolicies.OrderReader);
        Description(b => b
            .WithName("GetArtwork")
            .WithTags("Orders")
            .WithSummary("Download a design's artwork")
            .WithDescription("The file last uploaded for the design, as its content type, with its SHA-256 as a strong ETag (send it as " +
                "If-None-Match to get 304) and Content-Disposition: attachment. A distributor reads its own orders' artwork only (another's " +
                "order is 404); admin keys read every order's, to make the proof from. 404 until artwork is uploaded.")
            .Produces(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(DesignRoute req, CancellationToken ct) =>
        await Send.ResultAsync(await DesignFiles.FindAsync(connections, req, null, Caller.From(User), ct));
}
