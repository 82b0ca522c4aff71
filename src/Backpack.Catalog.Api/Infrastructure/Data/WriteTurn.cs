namespace Backpack.Catalog.Api.Infrastructure.Data;

/// <summary>
/// This process's turn to write, held from the start of a write (or write transaction) to its end. SQLite admits one
/// writer at a time and the driver makes the others retry every 150 ms, each blocking a thread; queuing for a turn
/// in-process first (asynchronously) means writers wait without blocking threads and find the database lock free when
/// their turn comes. Order placement, quotes, the delivery dispatchers and housekeeping take turns; rarer writes (admin)
/// do not need to. Correctness never rests on turns: transactions and constraints still decide, across processes too.
/// SQL Server locks rows, so there every turn is granted at once.
/// </summary>
public sealed class WriteTurn : IDisposable
{
    public static readonly WriteTurn Granted = new(null);

    private SemaphoreSlim? _gate;

    private WriteTurn(SemaphoreSlim? gate) => _gate = gate;

    public static async ValueTask<WriteTurn> TakeAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new WriteTurn(gate);
    }

    public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
}
