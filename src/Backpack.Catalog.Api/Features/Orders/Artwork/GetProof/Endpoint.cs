using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Orders.Artwork.GetProof;

public sealed class GetProofEndpoint(IDbConnectionFactory connections) : Endpoint<ProofRoute>
{
    public override void Configure()
    {
        Get("/orders/{orderId}/designs/{design}/proofs/{round}");
        Group<V1>();
        Policies(AuthPolicies.OrderReader);
        Description(b => b
            .WithName("GetProof")
            .WithTags("Orders")
            .WithSummary("Download one proof round of a design")
            .WithDescription("The mock-up the supplier posted for the round (PDF, PNG or JPEG), with its SHA-256 as a strong ETag and " +
                "Content-Disposition: attachment. Look at it, then answer it with POST …/proofs/{round}/decision.")
            .Produces(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound), clearDefaults: true);
    }

    public override async Task HandleAsync(ProofRoute req, CancellationToken ct) =>
        await Send.ResultAsync(await DesignFiles.FindAsync(connections, req, req.Round, Caller.From(User), ct));
}
