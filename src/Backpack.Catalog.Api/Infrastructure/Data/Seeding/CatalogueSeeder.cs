using System.Text.Json;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Dapper;

namespace Backpack.Catalog.Api.Infrastructure.Data.Seeding;

/// <summary>Loads the demo catalogue (<c>db/seed/catalogue.json</c>) and demo accounts into an empty database, all or nothing.</summary>
public sealed class CatalogueSeeder(IDbConnectionFactory connections, TimeProvider clock, ILogger<CatalogueSeeder> logger)
{
    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web);

    public static CatalogueSeed LoadEmbedded()
    {
        using var stream = typeof(CatalogueSeeder).Assembly.GetManifestResourceStream("db/seed/catalogue.json")
            ?? throw new InvalidOperationException("The demo catalogue db/seed/catalogue.json is not embedded in this build.");
        var seed = JsonSerializer.Deserialize<CatalogueSeed>(stream, SeedJson)
            ?? throw new InvalidOperationException("db/seed/catalogue.json is empty.");
        Check(seed);
        return seed;
    }

    /// <returns>True when the catalogue was empty and the seed was loaded.</returns>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        var seed = LoadEmbedded();
        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>(sql.Render(CatalogueSeedSql.CountCategories), transaction: transaction) > 0)
        {
            return false;
        }

        await connection.ExecuteAsync(sql.Render(CatalogueSeedSql.InsertCategory), seed.Categories, transaction);
        foreach (var product in seed.Products)
        {
            var createdAtMs = product.CreatedAt.ToUnixTimeMilliseconds();
            await connection.ExecuteAsync(sql.Render(CatalogueSeedSql.InsertProduct), new
            {
                product.Id, product.Category, product.Name, product.Description, product.Material, product.MaterialGrade,
                product.CapacityLitres, product.HeightCm, product.WidthCm, product.DepthCm, product.WeightGrams,
                product.MaxLoadKg, product.Lining, product.Zipper, product.StitchesPerInch, product.WaterResistance,
                UvStabilised = product.UvStabilised ? 1 : 0, product.OriginCountry, product.HsCode, product.LeadTimeDays,
                product.ProductMoq, CreatedAtMs = createdAtMs,
            }, transaction);
            await connection.ExecuteAsync(sql.Render(CatalogueSeedSql.InsertFeature),
                product.Features.Select(f => new { ProductId = product.Id, Value = f }), transaction);
            await connection.ExecuteAsync(sql.Render(CatalogueSeedSql.InsertCertification),
                product.Certifications.Select(c => new { ProductId = product.Id, Value = c }), transaction);
            foreach (var variant in product.Variants)
            {
                await connection.ExecuteAsync(sql.Render(CatalogueSeedSql.InsertVariant), new
                {
                    variant.Sku, ProductId = product.Id, variant.Colour, variant.Material, variant.Moq, variant.OrderIncrement,
                    variant.CartonSize, variant.MaxPerOrder,
                    SamplePriceCents = variant.SamplePriceUsd is { } sample ? Money.ToCents(sample) : (long?)null,
                    variant.SampleMax, variant.StockOnHand, CreatedAtMs = createdAtMs,
                }, transaction);
                await connection.ExecuteAsync(sql.Render(CatalogueSeedSql.InsertTier),
                    variant.Tiers.Select(t => new { variant.Sku, t.MinQuantity, UnitPriceCents = Money.ToCents(t.UnitPriceUsd) }),
                    transaction);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the demo catalogue: {Products} products, {Variants} variants",
            seed.Products.Count, seed.Products.Sum(p => p.Variants.Count));
        return true;
    }

    public static DemoAccounts LoadDemoAccounts()
    {
        using var stream = typeof(CatalogueSeeder).Assembly.GetManifestResourceStream("db/seed/demo-accounts.json")
            ?? throw new InvalidOperationException("db/seed/demo-accounts.json is not embedded in this build.");
        var accounts = JsonSerializer.Deserialize<DemoAccounts>(stream, SeedJson)
            ?? throw new InvalidOperationException("db/seed/demo-accounts.json is empty.");
        var malformed = accounts.Keys.Where(k => ApiKeyFormat.KeyIdOf(k.Key) is null).Select(k => k.Label).ToList();
        if (malformed.Count > 0)
        {
            throw new InvalidOperationException($"db/seed/demo-accounts.json has malformed keys: {string.Join(", ", malformed)}");
        }

        return accounts;
    }

    /// <summary>Adds the demo distributors and their published keys when the database has no accounts at all.</summary>
    /// <returns>True when the demo accounts were added.</returns>
    public async Task<bool> SeedDemoAccountsIfNoneAsync(CancellationToken cancellationToken)
    {
        var accounts = LoadDemoAccounts();
        var sql = connections.Dialect;
        var nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>(sql.Render(CatalogueSeedSql.CountAccounts), transaction: transaction) > 0)
        {
            return false;
        }

        await connection.ExecuteAsync(sql.Render(CatalogueSeedSql.InsertDistributor), accounts.Distributors.Select(d => new
        {
            d.Id, d.CompanyName, d.Country, d.DefaultCurrency, d.DefaultIncoterm, d.DepositPercent, d.PaymentTerms, NowMs = nowMs,
        }), transaction);
        await connection.ExecuteAsync(sql.Render(CatalogueSeedSql.InsertApiKey), accounts.Keys.Select(k => new
        {
            KeyId = ApiKeyFormat.KeyIdOf(k.Key), KeyHash = ApiKeyFormat.Hash(k.Key), k.Role, k.DistributorId, k.Label, NowMs = nowMs,
        }), transaction);
        await transaction.CommitAsync(cancellationToken);
        logger.LogWarning("Added the demo distributors and the demo API keys published in the README. " +
            "Set Database:SeedDemoCatalogue=false for any database that is not a demo.");
        return true;
    }

    private static void Check(CatalogueSeed seed)
    {
        var problems = new List<string>();
        foreach (var product in seed.Products)
        {
            if (!CatalogueVocabulary.Categories.Contains(product.Category)) problems.Add($"{product.Id}: unknown category {product.Category}");
            if (!CatalogueVocabulary.Materials.Contains(product.Material)) problems.Add($"{product.Id}: unknown material {product.Material}");
            problems.AddRange(product.Features.Where(f => !CatalogueVocabulary.Features.Contains(f)).Select(f => $"{product.Id}: unknown feature {f}"));
            problems.AddRange(product.Certifications.Where(c => !CatalogueVocabulary.Certifications.Contains(c)).Select(c => $"{product.Id}: unknown certification {c}"));
            if (product.Variants.Count == 0) problems.Add($"{product.Id}: no variants");
            foreach (var variant in product.Variants)
            {
                if (!CatalogueVocabulary.Materials.Contains(variant.Material)) problems.Add($"{variant.Sku}: unknown material {variant.Material}");
                if (variant.Tiers.Count == 0 || variant.Tiers[0].MinQuantity != variant.Moq) problems.Add($"{variant.Sku}: the first tier must start at the MOQ");
                if (variant.Tiers.Zip(variant.Tiers.Skip(1)).Any(p => p.Second.MinQuantity <= p.First.MinQuantity || p.Second.UnitPriceUsd >= p.First.UnitPriceUsd))
                {
                    problems.Add($"{variant.Sku}: tiers must ascend in quantity and descend in price");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("db/seed/catalogue.json is invalid:\n" + string.Join('\n', problems));
        }
    }
}
