using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Backpack.Catalog.Api.Infrastructure.Http;

public static class Preconditions
{
    public const string IfMatchDescription =
        "Optional. The ETag of the order as you last read it; the change is refused with 412 if the order has changed since.";

    /// <summary>
    /// RFC 9110 §13.1.1: If-Match holds when it is absent, is <c>*</c>, or lists the current tag under the strong
    /// comparison (a weak tag never matches). A header that does not parse holds nothing.
    /// </summary>
    public static bool IfMatchHolds(StringValues ifMatch, string currentETag)
    {
        if (StringValues.IsNullOrEmpty(ifMatch))
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(ifMatch, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(currentETag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: true));
    }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" matches "x". An absent or unparseable header matches nothing.</summary>
    public static bool IfNoneMatchMatches(StringValues ifNoneMatch, string currentETag)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(currentETag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
