using System.Net.Sockets;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using WireMock;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>
/// The transport failure WireMock.Net has no fault for: a stub that answers with the <see cref="Header"/> header has its
/// answer thrown away and the client's connection reset (TCP RST), as a crashed or overloaded server's would be. The
/// request is still journalled, as the Java WireMock's CONNECTION_RESET_BY_PEER was.
/// </summary>
public static class StubFaults
{
    public const string Header = "X-Stub-Fault";
    public const string ConnectionReset = "connection-reset";

    public static bool IsConnectionReset(IResponseMessage? response) =>
        response?.Headers is { } headers && headers.TryGetValue(Header, out var value) && value.Contains(ConnectionReset);

    /// <summary>Runs around WireMock's own middleware (its PreWireMockMiddlewareInit hook).</summary>
    public static async Task ResetWhenAskedAsync(HttpContext context, RequestDelegate next)
    {
        var client = context.Response.Body;
        await using var answer = new MemoryStream();
        context.Response.Body = answer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = client;
        }

        if (context.Response.Headers[Header] == ConnectionReset)
        {
            // Linger 0 makes closing the socket send RST instead of FIN.
            context.Features.Get<IConnectionSocketFeature>()?.Socket.LingerState = new LingerOption(true, 0);
            context.Abort();
            return;
        }

        answer.Position = 0;
        await answer.CopyToAsync(client, context.RequestAborted);
    }
}
