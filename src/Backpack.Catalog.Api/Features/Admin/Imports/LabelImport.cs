using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Labels;
using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>
/// The vocabulary labels of a JSON import, inside the import's write after its products and options: each names a key of its kind's
/// vocabulary, is held to the label rules, and replaces the stored label when it differs, audited with the import's reason. Errors are
/// reported at labels[i].
/// </summary>
public static class LabelImport
{
    public static async Task<ImportCounts> RunAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, IReadOnlyList<CatalogueLabelDocument?> labels, int firstRow,
        WriteContext context, List<ImportError> errors)
    {
        var seen = new HashSet<(string?, string?)>();
        var valid = new List<CatalogueLabel>();
        for (var i = 0; i < labels.Count; i++)
        {
            var (row, path) = (firstRow + i, $"labels[{i}]");
            void Fail(string field, string message) => errors.Add(new ImportError(new ImportLocation(row, null, $"{path}.{field}"), null, null, message));
            if (labels[i] is not { } label)
            {
                errors.Add(new ImportError(new ImportLocation(row, null, path), null, null, $"{path} is null; a label belongs here."));
                continue;
            }

            var before = errors.Count;
            if (label.Kind is null || CatalogueLabels.KeysOf(label.Kind) is not { } keys)
            {
                Fail("kind", "kind must be feature, certification or category.");
            }
            else if (label.Key is null || !keys.Contains(label.Key))
            {
                Fail("key", $"key must be a {label.Kind} key the catalogue knows, e.g. laptop-sleeve, REACH or kids.");
            }
            else if (!seen.Add((label.Kind, label.Key)))
            {
                Fail("key", $"The label {label.Kind}/{label.Key} appears more than once in the file; list each label once.");
            }

            LabelRules.Check(label.Kind ?? "", new LabelDocument { Label = label.Label, Description = label.Description }, Fail);
            if (errors.Count == before)
            {
                valid.Add(new CatalogueLabel(label.Kind!, label.Key!, label.Label!.Trimmed(), label.Description?.Trimmed(), 1));
            }
        }

        return errors.Count > 0
            ? new ImportCounts(0, 0, 0)
            : await VersionedImport.PutAllAsync(connection, transaction, sql, LabelTable.Instance, valid, context);
    }
}
