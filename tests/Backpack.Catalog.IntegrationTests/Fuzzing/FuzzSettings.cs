using System.Globalization;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>
/// How much the fuzzer sends, and from which seed. The seed is fixed so that every run sends the same requests;
/// set <see cref="SeedVariable"/> to explore other ones (the report prints the seed of every run).
/// </summary>
public sealed record FuzzSettings(int Seed, int MinimumRequests, int MinimumPerOperation, TimeSpan TimeLimit)
{
    public const string SeedVariable = "BACKPACK_FUZZ_SEED";

    public const int DefaultSeed = 20260417;

    /// <summary>What the fuzzer plans to send: a margin over the minimum, spread evenly over the operations.</summary>
    public int PlannedRequests => MinimumRequests + (MinimumRequests / 10);

    public static FuzzSettings FromEnvironment() => new(
        Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } value ? int.Parse(value, CultureInfo.InvariantCulture) : DefaultSeed,
        MinimumRequests: 5000,
        MinimumPerOperation: 50,
        // A hard stop that fails the test when reached before the minimum was sent; a run takes ~30 s on two busy cores.
        TimeLimit: TimeSpan.FromSeconds(100));
}
