using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <param name="Created">Not stored before.</param>
/// <param name="Updated">Stored before and changed: for a product, its version moved (its own fields, or its list of SKUs).</param>
/// <param name="Unchanged">In the file, and already stored exactly so.</param>
public sealed record ImportCounts(
    [property: Range(0, int.MaxValue)] int Created,
    [property: Range(0, int.MaxValue)] int Updated,
    [property: Range(0, int.MaxValue)] int Unchanged);

/// <summary>What an import came to: its counts, every error that stopped it, or a write that raced it (nothing was saved then).</summary>
public sealed record ImportOutcome(
    string ImportId,
    ImportCounts Products,
    ImportCounts Skus,
    IReadOnlyList<ImportError> Errors,
    bool Conflict = false,
    ImportCounts? CustomizationOptions = null,
    ImportCounts? Labels = null);

/// <summary>
/// Upserts every product of an import file in one catalogue write transaction: each is laid over what is stored,
/// held to the catalogue's rules and saved, so that later products are checked against the catalogue as the earlier
/// ones leave it. Any error anywhere rolls everything back; a dry run rolls back even when all is well.
/// </summary>
public sealed class CatalogueImporter(IDbConnectionFactory connections, TimeProvider clock)
{
    public const string ImportIdPrefix = "imp_";
    public const string ImportIdPattern = "^imp_[0-9a-f]{32}$";

    public async Task<ImportOutcome> RunAsync(ImportFile file, bool dryRun, Caller caller, CancellationToken cancellationToken)
    {
        var importId = ImportIdPrefix + Guid.CreateVersion7().ToString("N");
        var errors = new List<ImportError>(file.Errors);
        var (products, duplicateSkus) = FileRules(file.Products, errors);
        var known = file.Errors.Select(e => e.At).ToHashSet();
        var tally = new Tally();

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await CatalogueChangeLog.BeginWriteAsync(connection, cancellationToken);
        var batch = connections.Dialect.Render(CatalogueReads.SelectProductBatch);
        var context = new WriteContext(caller.KeyId, caller.Role, clock.GetUtcNow().ToUnixTimeMilliseconds(), $"bulk import {importId}");
        try
        {
            foreach (var (index, item) in products)
            {
                var incoming = item.Document;
                var stored = incoming.Id is null ? null : await CatalogueReads.LoadAsync(connection, transaction, batch, incoming.Id);
                var product = CatalogueMerge.Merge(stored, incoming);
                var violations = await CatalogueStoreRules.CheckAllAsync(connection, transaction, stored, product);
                // The file rules have already reported a SKU listed twice, where the file lists it the second time.
                violations.RemoveAll(v => RuleLocations.VariantPath(v.Path) is (int at, "sku") && duplicateSkus.Contains((index, product.Variants![at].Sku)));

                // A value that did not read is reported once, as such, not again as a broken rule.
                errors.AddRange(violations.Select(v => RuleLocations.Locate(item, product, v)).Where(e => !known.Contains(e.At)));
                if (violations.Count == 0 && errors.Count == 0)
                {
                    tally.Add(stored, incoming, await CatalogueWriter.SaveAsync(connection, transaction, stored, product, context));
                }
            }
        }
        catch (CatalogueConflictException)
        {
            return new ImportOutcome(importId, tally.Products, tally.Skus, [], Conflict: true);
        }

        var options = file.Options is { } listed
            ? await CustomizationOptionImport.RunAsync(connection, transaction, connections.Dialect, listed, products.Count, context, errors)
            : null;
        var labels = file.Labels is { } given
            ? await LabelImport.RunAsync(connection, transaction, connections.Dialect, given, products.Count + (file.Options?.Count ?? 0), context, errors)
            : null;
        if (errors.Count == 0 && !dryRun)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new ImportOutcome(importId, tally.Products, tally.Skus, errors, CustomizationOptions: options, Labels: labels);
    }

    /// <summary>
    /// A product id or SKU listed twice is an error at its second listing; a product listed again is not checked again.
    /// Returns the products to check, and the SKUs (by product) the file lists a second time.
    /// </summary>
    private static (List<(int Index, ImportedProduct Item)>, HashSet<(int, string?)>) FileRules(IReadOnlyList<ImportedProduct> products, List<ImportError> errors)
    {
        var firstProduct = new Dictionary<string, ImportedProduct>(StringComparer.Ordinal);
        var firstSku = new Dictionary<string, (int Product, ImportLocation At)>(StringComparer.Ordinal);
        var toCheck = new List<(int, ImportedProduct)>();
        var duplicateSkus = new HashSet<(int, string?)>();
        for (var i = 0; i < products.Count; i++)
        {
            var item = products[i];
            var id = item.Document.Id;
            if (id is not null && !firstProduct.TryAdd(id, item))
            {
                errors.Add(new ImportError(item.Locate(null, "id"), id, null,
                    $"The product {id} appears more than once in the file (first at {firstProduct[id].Locate(null, "id").Describe()}); list each product once."));
                continue;
            }

            toCheck.Add((i, item));
            var variants = item.Document.Variants ?? [];
            for (var v = 0; v < variants.Count; v++)
            {
                var sku = variants[v].Sku;
                var at = item.Locate(v, "sku");
                if (sku is null || firstSku.TryAdd(sku, (i, at)))
                {
                    continue;
                }

                var first = firstSku[sku];
                errors.Add(new ImportError(at, id, sku, $"The SKU {sku} appears more than once in the file (first at {first.At.Describe()}); a SKU belongs to one product and is listed once."));
                duplicateSkus.Add((i, sku));
            }
        }

        return (toCheck, duplicateSkus);
    }

    private sealed class Tally
    {
        private int _productsCreated, _productsUpdated, _productsUnchanged, _skusCreated, _skusUpdated, _skusUnchanged;

        public ImportCounts Products => new(_productsCreated, _productsUpdated, _productsUnchanged);

        public ImportCounts Skus => new(_skusCreated, _skusUpdated, _skusUnchanged);

        public void Add(StoredProduct? stored, ProductDocument incoming, SaveResult result)
        {
            if (stored is null) _productsCreated++;
            else if (result.ProductChanged) _productsUpdated++;
            else _productsUnchanged++;

            var changed = result.ChangedSkus.ToHashSet(StringComparer.Ordinal);
            foreach (var sku in (incoming.Variants ?? []).Select(v => v.Sku!).Distinct(StringComparer.Ordinal))
            {
                if (!changed.Contains(sku)) _skusUnchanged++;
                else if (stored?.Variants.ContainsKey(sku) == true) _skusUpdated++;
                else _skusCreated++;
            }
        }
    }
}
