namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>
/// Classes that time outbound calls against WireMock (FX, ERP, webhooks) or load the machine (the ERP fault drill)
/// run one after another, after the parallel classes. On a two-core machine, JVMs starting and drills running beside
/// them made 300 ms timeouts fire at random; alone, each class sees the timings it sets.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Outbound integrations, one class at a time";
}
