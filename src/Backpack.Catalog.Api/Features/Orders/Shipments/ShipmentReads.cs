using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>The order a shipment read answers from: a distributor's own (another's is absent), or any for an admin.</summary>
public static class ShipmentReads
{
    public static async Task<OrderQueries.WholeOrder?> FindAsync(IDbConnectionFactory connections, string orderId, Caller caller, CancellationToken cancellationToken)
    {
        if (!OrderIds.IsWellFormed(orderId))
        {
            return null;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        return await OrderQueries.FindWholeAsync(connection, connections.Dialect, orderId, caller.IsAdmin ? null : caller.DistributorId);
    }
}
