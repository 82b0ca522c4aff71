using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Labels;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Dapper;

namespace Backpack.Catalog.Api.Infrastructure.Data.Seeding;

/// <summary>The shape of <c>db/seed/labels.json</c>: every vocabulary key's label, and every family's name and description, per language.</summary>
public sealed record LabelSeed(
    IReadOnlyDictionary<string, LocalizedText> Features,
    IReadOnlyDictionary<string, LocalizedText> Certifications,
    IReadOnlyDictionary<string, CategoryLabelSeed> Categories);

public sealed record CategoryLabelSeed(LocalizedText Name, LocalizedText Description);

/// <summary>
/// Loads the vocabulary labels (<c>db/seed/labels.json</c>) at every start, like the families themselves, whether or not the demo
/// catalogue is seeded. A key that has a label already is left alone, so the catalogue owner's edits stand; a key added to the
/// vocabulary later gets its label at the next start.
/// </summary>
public sealed class LabelSeeder(IDbConnectionFactory connections, TimeProvider clock, ILogger<LabelSeeder> logger)
{
    private const string SelectKeys = "SELECT kind, label_key FROM catalogue_labels";

    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web);

    public static LabelSeed LoadEmbedded()
    {
        using var stream = typeof(LabelSeeder).Assembly.GetManifestResourceStream("db/seed/labels.json")
            ?? throw new InvalidOperationException("db/seed/labels.json is not embedded in this build.");
        var seed = JsonSerializer.Deserialize<LabelSeed>(stream, SeedJson) ?? throw new InvalidOperationException("db/seed/labels.json is empty.");
        var problems = new List<string>();
        Check(seed.Features.Keys, CatalogueVocabulary.Features, "features", problems);
        Check(seed.Certifications.Keys, CatalogueVocabulary.Certifications, "certifications", problems);
        Check(seed.Categories.Keys, CatalogueVocabulary.Categories, "categories", problems);
        foreach (var label in Labels(seed))
        {
            LabelRules.Check(label.Kind, new LabelDocument { Label = label.Label, Description = label.Description },
                (at, message) => problems.Add($"{label.Kind}/{label.Key} {at}: {message}"));
        }

        return problems.Count == 0 ? seed : throw new InvalidOperationException("db/seed/labels.json is invalid:\n" + string.Join('\n', problems));
    }

    public async Task SeedMissingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        // The catalogue's write lock first: an instance starting beside this one then finds the keys this one adds.
        await using var transaction = await CatalogueChangeLog.BeginWriteAsync(connection, cancellationToken);
        var present = (await connection.QueryAsync<(string Kind, string LabelKey)>(SelectKeys, transaction: transaction)).ToHashSet();
        var missing = Labels(LoadEmbedded()).Where(l => !present.Contains((l.Kind, l.Key))).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var label in missing)
        {
            await LabelTable.Instance.InsertAsync(connection, transaction, connections.Dialect, label, nowMs);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the labels of {Count} vocabulary keys", missing.Count);
    }

    private static IEnumerable<CatalogueLabel> Labels(LabelSeed seed) =>
        seed.Features.Select(f => new CatalogueLabel(CatalogueLabels.Feature, f.Key, f.Value, null, 1))
            .Concat(seed.Certifications.Select(c => new CatalogueLabel(CatalogueLabels.Certification, c.Key, c.Value, null, 1)))
            .Concat(seed.Categories.Select(c => new CatalogueLabel(CatalogueLabels.Category, c.Key, c.Value.Name, c.Value.Description, 1)));

    private static void Check(IEnumerable<string> keys, System.Collections.Frozen.FrozenSet<string> vocabulary, string at, List<string> problems)
    {
        var given = keys.ToHashSet(StringComparer.Ordinal);
        problems.AddRange(vocabulary.Where(k => !given.Contains(k)).Select(k => $"{at}: {k} has no labels."));
        problems.AddRange(given.Where(k => !vocabulary.Contains(k)).Select(k => $"{at}: {k} is not in the vocabulary."));
    }
}
