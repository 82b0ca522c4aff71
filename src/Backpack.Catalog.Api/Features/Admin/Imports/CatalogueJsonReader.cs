using System.Text;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Catalogue;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>
/// Reads a catalogue document for import. JSON that is not a catalogue document (bad syntax, a value of the wrong
/// type) throws <see cref="JsonException"/>, which says where; a null where a product, SKU, tier or key belongs is an
/// error at its path, and that product is not checked further.
/// </summary>
public static class CatalogueJsonReader
{
    public static ImportFile Read(byte[] body, JsonSerializerOptions options, int maxRows)
    {
        // Editors on Windows save a byte order mark, which the serializer does not skip.
        var json = body.AsSpan();
        var document = JsonSerializer.Deserialize<CatalogueDocument>(json.StartsWith(Encoding.UTF8.Preamble) ? json[Encoding.UTF8.Preamble.Length..] : json, options);
        if (document?.Products is not { } products)
        {
            return new ImportFile(ImportFile.Json, [], [new ImportError(new ImportLocation(0, null, "products"), null, null,
                "products is required: the body is a catalogue document, { \"products\": [ … ] }.")]);
        }

        if (document.CustomizationOptions is { Count: > Customization.CustomizationOptionRules.MaxOptions } listed)
        {
            return new ImportFile(ImportFile.Json, [], [new ImportError(new ImportLocation(0, null, "customizationOptions"), null, null,
                $"customizationOptions holds at most {Customization.CustomizationOptionRules.MaxOptions} options, the most the catalogue takes; the file has {listed.Count}.")]);
        }

        if (document.Labels is { Count: > Labels.LabelRules.MaxLabels } labels)
        {
            return new ImportFile(ImportFile.Json, [], [new ImportError(new ImportLocation(0, null, "labels"), null, null,
                $"labels holds at most {Labels.LabelRules.MaxLabels} labels; the file has {labels.Count}.")]);
        }

        if (products.Sum(p => Math.Max(1, p?.Variants?.Count ?? 0)) > maxRows)
        {
            return new ImportFile(ImportFile.Json, [], [], OverRowLimit: true);
        }

        var errors = new List<ImportError>();
        var imported = new List<ImportedProduct>();
        for (var i = 0; i < products.Count; i++)
        {
            var index = i;
            var product = products[i];
            var holes = product is null ? [new CatalogueHole($"products[{i}]", "a product")] : CatalogueHoles.In(product, $"products[{i}].");
            errors.AddRange(holes.Select(hole => new ImportError(new ImportLocation(index, null, hole.Path), product?.Id, null,
                $"{hole.Path} is null; {hole.Expected} belongs here.")));
            if (holes.Count == 0)
            {
                imported.Add(new ImportedProduct(product!, (variant, path) => new ImportLocation(index, null, variant switch
                {
                    null => $"products[{index}].{path}",
                    >= 0 => $"products[{index}].variants[{variant}].{path}",
                    _ => $"products[{index}].variants",
                })));
            }
        }

        return new ImportFile(ImportFile.Json, imported, errors, Options: document.CustomizationOptions, Labels: document.Labels);
    }
}
