using FastEndpoints;

namespace Backpack.Catalog.Api.Features;

/// <summary>Version 1 of the API: every operation's route starts with /v1.</summary>
public sealed class V1 : Group
{
    public V1() => Configure("v1", _ => { });
}
