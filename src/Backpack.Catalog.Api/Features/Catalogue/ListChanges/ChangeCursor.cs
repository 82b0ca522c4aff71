using Backpack.Catalog.Api.Infrastructure.Http;

namespace Backpack.Catalog.Api.Features.Catalogue.ListChanges;

/// <summary>
/// Where a reader of the change feed has got to: the last sequence it has seen, wrapped as an opaque cursor. The start
/// cursor (sequence 0) reads the feed from the beginning. Cursors never expire: a reader may poll with one days later.
/// </summary>
public static class ChangeCursor
{
    private const string Feed = "catalogue-changes";

    public static string Start { get; } = Encode(0);

    public static string Encode(long afterSequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        return CursorCodec.Encode(new Payload(Feed, afterSequence));
    }

    /// <summary>The sequence to continue after, or null when the text is not a change-feed cursor.</summary>
    public static long? TryDecode(string text) =>
        CursorCodec.TryDecode<Payload>(text) is { Feed: Feed, After: >= 0 } cursor ? cursor.After : null;

    private sealed record Payload(string? Feed, long? After);
}
