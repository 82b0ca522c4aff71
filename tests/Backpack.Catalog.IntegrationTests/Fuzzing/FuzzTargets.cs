namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>Keys of every kind the fuzzer presents: one valid key per role, another tenant's, a revoked and an unknown one.</summary>
public sealed record FuzzKeys(string Admin, string Distributor, string OtherDistributor, string Storefront, string Revoked, string Unknown);

/// <summary>
/// What the fuzzer knows of the app's data, so that baselines reach deep code: real ids by the name of the parameter that
/// takes them (productId, sku, orderId …), ids that belong to another distributor, a valid cursor of each paged operation,
/// and an Idempotency-Key already used for an order.
/// </summary>
public sealed record FuzzTargets(
    FuzzKeys Keys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> IdsByParameter,
    IReadOnlyList<string> ForeignIds,
    IReadOnlyDictionary<string, string> Cursors,
    string UsedIdempotencyKey)
{
    public IReadOnlyList<string> IdsFor(string parameter) => IdsByParameter.TryGetValue(parameter, out var ids) ? ids : [];
}
