namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>
/// A request the generator can send for an operation, built only if it is picked. <see cref="Always"/> cases are sent
/// for every operation: the baseline, auth, cursors, content types, malformed bodies, conditional and idempotency
/// headers, and null, missing, wrong-typed, huge and over-long values of every body field. The others are sampled
/// evenly across their groups: the category, or for body fields the kind of value.
/// </summary>
public sealed record FuzzCase(string Category, string Label, bool Always, Func<FuzzRequest> Build, string? Group = null);
