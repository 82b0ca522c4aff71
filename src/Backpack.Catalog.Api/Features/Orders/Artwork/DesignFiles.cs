using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>Finds the file a download asks for: a design's artwork or one of its proofs, on an order the caller may read.</summary>
public static class DesignFiles
{
    public static async Task<IResult> FindAsync(IDbConnectionFactory connections, DesignRoute route, int? round, Caller caller, CancellationToken cancellationToken)
    {
        if (route.CannotExist() is { } absent)
        {
            return absent;
        }

        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (await OrderQueries.FindAsync(connection, sql, route.OrderId, caller.IsAdmin ? null : caller.DistributorId) is null)
        {
            return OrderProblems.NotFound(route.OrderId);
        }

        if (await DesignStore.FindAsync(connection, null, sql, route.OrderId, route.Design) is not var (design, proofs))
        {
            return ArtworkProblems.DesignNotFound(route.OrderId, route.Design);
        }

        if (round is null)
        {
            return design.ArtworkSha256 is { } sha
                ? new StoredFileResult(sha, FileFormats.ByCode(design.ArtworkFormat!), design.ArtworkFileName)
                : ArtworkProblems.FileNotFound(route.OrderId, route.Design);
        }

        return proofs.FirstOrDefault(p => p.Round == round) is { } proof
            ? new StoredFileResult(proof.Sha256, FileFormats.ByCode(proof.Format), proof.FileName)
            : ArtworkProblems.ProofNotFound(route.OrderId, route.Design, round.Value);
    }
}
