using System.Text;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>
/// Writes an order-creation answer from its stored bytes, so the first answer and every replay are identical;
/// replays say so in <c>Idempotent-Replayed: true</c>.
/// </summary>
public sealed class StoredOrderResult(IdempotencyStore.StoredResponse stored, bool replayed) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var body = Encoding.UTF8.GetBytes(stored.Body);
        response.StatusCode = stored.Status;
        response.Headers.Location = $"/v1/orders/{stored.OrderId}";
        response.Headers.ETag = stored.ETag;
        if (replayed)
        {
            response.Headers[IdempotencyStore.ReplayedHeader] = "true";
        }

        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
