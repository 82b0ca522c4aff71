using System.Diagnostics;

namespace Backpack.Catalog.Api.Infrastructure.Http;

/// <summary>The id that problem bodies give as <c>traceId</c> and the access log records, so a client's quote finds its request.</summary>
public static class RequestTrace
{
    public static string IdOf(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;
}
