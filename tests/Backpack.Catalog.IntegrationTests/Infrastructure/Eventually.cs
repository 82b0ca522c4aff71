namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>Polling for work done in the background (dispatchers, WireMock's journal), bounded in time.</summary>
internal static class Eventually
{
    /// <summary>Reads every 50 ms until <paramref name="done"/> holds or <paramref name="within"/> has passed; returns the last read.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
