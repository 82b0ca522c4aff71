using Backpack.Catalog.Api.Infrastructure.Data.Seeding;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>The demo accounts every test database is seeded with (db/seed/demo-accounts.json).</summary>
public static class DemoKeys
{
    private static readonly DemoAccounts Accounts = CatalogueSeeder.LoadDemoAccounts();

    /// <summary>Nairobi Outfitters: KES, CIF, 30 % deposit.</summary>
    public static string Nairobi => KeyOf("dst_nairobi-outfitters");

    public const string NairobiId = "dst_nairobi-outfitters";

    /// <summary>Alpen Rucksack Handel: EUR, DAP, open account (0 % deposit).</summary>
    public static string Alpen => KeyOf("dst_alpen-rucksack");

    public const string AlpenId = "dst_alpen-rucksack";

    public static string Storefront => Accounts.Keys.Single(k => k.Role == "storefront").Key;

    public static DemoDistributor Distributor(string id) => Accounts.Distributors.Single(d => d.Id == id);

    private static string KeyOf(string distributorId) => Accounts.Keys.Single(k => k.DistributorId == distributorId).Key;
}
