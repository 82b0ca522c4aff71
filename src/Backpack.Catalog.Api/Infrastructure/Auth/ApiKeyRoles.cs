namespace Backpack.Catalog.Api.Infrastructure.Auth;

/// <summary>What a key may do. Storefront keys read; distributor keys also place and follow their own orders; admin keys manage.</summary>
public static class ApiKeyRoles
{
    public const string Storefront = "storefront";
    public const string Distributor = "distributor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Storefront, Distributor, Admin];
}

/// <summary>Authorization policy names, one per audience of an endpoint.</summary>
public static class AuthPolicies
{
    public const string Distributor = "distributor";
    public const string Admin = "admin";
    public const string OrderReader = "order-reader";
}
