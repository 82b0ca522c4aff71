using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Dapper;

namespace Backpack.Catalog.Api.Infrastructure.Data.Seeding;

/// <summary>Loads the demo catalogue (<c>db/seed/catalogue.json</c>) and demo accounts into an empty database, all or nothing.</summary>
public sealed class CatalogueSeeder(IDbConnectionFactory connections, TimeProvider clock, ILogger<CatalogueSeeder> logger)
{
    /// <summary>The actor the audit trail names for the demo catalogue.</summary>
    public const string SeedActor = "system";

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
        var sql = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>(sql.Render(CatalogueSeedSql.CountProducts), transaction: transaction) > 0)
        {
            return false;
        }

        // Read (and held to the catalogue rules) only when it will be loaded, not at every start.
        var seed = LoadEmbedded();

        var context = new WriteContext(SeedActor, SeedActor, clock.GetUtcNow().ToUnixTimeMilliseconds(), "demo catalogue seed");
        foreach (var product in seed.Products)
        {
            await CatalogueWriter.SaveAsync(connection, transaction, null, ToDocument(product), context);
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
            d.Id, d.CompanyName, d.Country, d.DefaultCurrency, d.DefaultIncoterm, d.DepositPercent, PaymentTerms = d.Terms.ToTerms().Describe(),
            TermsJson = d.Terms.ToTerms().ToJson(), NowMs = nowMs,
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
        var problems = seed.Products
            .SelectMany(p => CatalogueRules.Check(ToDocument(p)).Select(v => $"{p.Id} {v.Path}: {v.Message}"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("db/seed/catalogue.json is invalid:\n" + string.Join('\n', problems));
        }
    }

    /// <summary>A seed product as the catalogue document every write goes through; the demo catalogue is published.</summary>
    public static ProductDocument ToDocument(SeedProduct p) => CatalogueMerge.Normalise(new ProductDocument
    {
        Id = p.Id, Category = p.Category, Status = ProductStatuses.Published, Name = p.Name, Description = p.Description,
        Translations = p.Translations,
        Specs = new ProductSpecsDocument
        {
            Material = p.Material, MaterialGrade = p.MaterialGrade, CapacityLitres = p.CapacityLitres, HeightCm = p.HeightCm,
            WidthCm = p.WidthCm, DepthCm = p.DepthCm, WeightGrams = p.WeightGrams, MaxLoadKg = p.MaxLoadKg, Lining = p.Lining,
            Zipper = p.Zipper, StitchesPerInch = p.StitchesPerInch, WaterResistance = p.WaterResistance, UvStabilised = p.UvStabilised,
        },
        Features = [.. p.Features], Certifications = [.. p.Certifications], OriginCountry = p.OriginCountry, HsCode = p.HsCode,
        LeadTimeDays = p.LeadTimeDays, ProductMoq = p.ProductMoq, CreatedAt = p.CreatedAt,
        Variants = p.Variants.Select(v => new VariantDocument
        {
            Sku = v.Sku, Status = VariantStatuses.Active, Colour = v.Colour, Material = v.Material, Moq = v.Moq,
            OrderIncrement = v.OrderIncrement, CartonSize = v.CartonSize, MaxPerOrder = v.MaxPerOrder, SamplePriceUsd = v.SamplePriceUsd,
            SampleMax = v.SampleMax, StockOnHand = v.StockOnHand, Packing = v.Packing,
            PriceTiers = v.Tiers.Select(t => new PriceTierDocument { MinQuantity = t.MinQuantity, UnitPriceUsd = t.UnitPriceUsd }).ToList(),
        }).ToList(),
    });
}
