namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>Wall-clock time the test moves by hand; timers and timestamps stay real.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
