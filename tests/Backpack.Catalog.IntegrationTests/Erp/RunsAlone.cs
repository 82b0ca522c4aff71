namespace Backpack.Catalog.IntegrationTests.Erp;

/// <summary>
/// The fault drill loads the machine for half a minute; run alone (after the parallel classes), it neither skews its
/// own figures nor makes the timing-sensitive tests of other classes fail.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "ERP fault drill";
}
