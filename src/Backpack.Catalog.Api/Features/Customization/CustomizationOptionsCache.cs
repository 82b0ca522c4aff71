using System.Data.Common;

namespace Backpack.Catalog.Api.Features.Customization;

/// <summary>
/// The options as of a catalogue sequence, so that product reads need not read and parse every option each time. Every
/// option change that shows on a product read puts those products back in the change feed, which moves the sequence;
/// a read that finds another sequence than the cached one reads the options again. Keyed by the database's own counter,
/// it stays right with several instances on one database.
/// </summary>
public sealed class CustomizationOptionsCache
{
    private sealed record Snapshot(long Sequence, IReadOnlyList<CustomizationOption> Options);

    private volatile Snapshot? _snapshot;

    /// <param name="sequence">The catalogue sequence read before the options are: they are then at least as new as it.</param>
    public async Task<IReadOnlyList<CustomizationOption>> AtAsync(DbConnection connection, long sequence)
    {
        if (_snapshot is { } cached && cached.Sequence == sequence)
        {
            return cached.Options;
        }

        var options = await CustomizationData.AllAsync(connection);
        _snapshot = new Snapshot(sequence, options);
        return options;
    }
}
