namespace Backpack.Catalog.Api.Features.Catalogue;

public static class CatalogueIds
{
    public const string ProductIdPattern = "^(?=.{3,64}$)[a-z0-9]+(-[a-z0-9]+)*$";

    public const string SkuPattern = "^(?=.{4,32}$)[A-Z0-9]+(-[A-Z0-9]+)*$";

    /// <summary>The longest ids the patterns above allow.</summary>
    public const int MaxProductIdLength = 64;

    public const int MaxSkuLength = 32;
}
