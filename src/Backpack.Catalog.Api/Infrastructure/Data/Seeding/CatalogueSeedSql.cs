namespace Backpack.Catalog.Api.Infrastructure.Data.Seeding;

internal static class CatalogueSeedSql
{
    public const string CountProducts = "SELECT COUNT(*) FROM products";

    public const string CountAccounts = "SELECT (SELECT COUNT(*) FROM distributors) + (SELECT COUNT(*) FROM api_keys)";

    public const string InsertDistributor = """
        INSERT INTO distributors (
          distributor_id, company_name, country, default_currency, default_incoterm, deposit_percent, payment_terms,
          created_at_ms, updated_at_ms, terms_json)
        VALUES (@Id, @CompanyName, @Country, @DefaultCurrency, @DefaultIncoterm, @DepositPercent, @PaymentTerms, @NowMs, @NowMs, @TermsJson)
        """;

    public const string InsertApiKey = """
        INSERT INTO api_keys (key_id, key_hash, role, distributor_id, label, created_at_ms)
        VALUES (@KeyId, @KeyHash, @Role, @DistributorId, @Label, @NowMs)
        """;
}
