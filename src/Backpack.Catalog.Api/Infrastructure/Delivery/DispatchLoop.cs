namespace Backpack.Catalog.Api.Infrastructure.Delivery;

/// <summary>
/// Runs one dispatch round after another: straight on while rounds make progress, then every poll interval. A round
/// that throws (say the database is briefly unreachable) is logged and tried again on the next tick; nothing is lost,
/// because the work lives in the database.
/// </summary>
public abstract class DispatchLoop(ILogger logger) : BackgroundService
{
    /// <summary>Who holds a lease: this machine and a fresh id per dispatcher, at most 64 characters.</summary>
    protected string Owner { get; } = $"{(Environment.MachineName.Length > 24 ? Environment.MachineName[..24] : Environment.MachineName)}/{Guid.NewGuid():N}";

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan PollInterval { get; }

    /// <summary>Claims and delivers one batch; returns how many items it settled (delivered or given up on).</summary>
    public abstract Task<int> DispatchOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        // Let the host finish starting before the first round.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            int handled;
            try
            {
                handled = await DispatchOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "A dispatch round of {Dispatcher} failed; trying again next interval", GetType().Name);
                handled = 0;
            }

            if (handled == 0)
            {
                try
                {
                    await Task.Delay(PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
