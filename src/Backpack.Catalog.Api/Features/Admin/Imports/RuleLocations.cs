using System.Globalization;
using Backpack.Catalog.Api.Features.Admin.Catalogue;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>
/// Where in the file a broken rule is. The rules check the merged product, whose SKUs are in code order and whose
/// keys are sorted; the file may list them in any order, so each path is carried back to the file's own listing.
/// </summary>
public static class RuleLocations
{
    /// <summary>The error for a rule the merged product breaks, at the place the file lists what it is about.</summary>
    public static ImportError Locate(ImportedProduct item, ProductDocument merged, RuleViolation violation)
    {
        var incoming = item.Document;
        if (VariantPath(violation.Path) is not (int index, string rest))
        {
            return new ImportError(item.Locate(null, KeyPath(violation.Path, merged, incoming)), incoming.Id, null, violation.Message);
        }

        var sku = merged.Variants![index].Sku;
        var listed = incoming.Variants ?? [];
        var position = sku is not null
            ? listed.FindIndex(v => v.Sku == sku)
            : NthIndex(listed, v => v.Sku is null, merged.Variants.Take(index).Count(v => v.Sku is null));

        // The SKU is named by the error itself; an index into the merged product would point at the wrong one in the file.
        var message = violation.Message.Replace($"variants[{index}].", "", StringComparison.Ordinal);
        return new ImportError(item.Locate(position, rest), incoming.Id, sku, message);
    }

    /// <summary><c>variants[3].priceTiers[0].minQuantity</c> is (3, <c>priceTiers[0].minQuantity</c>); a product path is null.</summary>
    public static (int Index, string Field)? VariantPath(string path)
    {
        const string Prefix = "variants[";
        var close = path.IndexOf(']', StringComparison.Ordinal);
        return path.StartsWith(Prefix, StringComparison.Ordinal) && close > Prefix.Length
            ? (int.Parse(path.AsSpan(Prefix.Length, close - Prefix.Length), CultureInfo.InvariantCulture), path[Math.Min(close + 2, path.Length)..])
            : null;
    }

    /// <summary>Features and certifications are sorted when merged; <c>features[0]</c> of the merged product is where the file lists that key.</summary>
    private static string KeyPath(string path, ProductDocument merged, ProductDocument incoming)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        var (sorted, listed) = open < 0 ? (null, null) : path[..open] switch
        {
            "features" => (merged.Features, incoming.Features),
            "certifications" => (merged.Certifications, incoming.Certifications),
            _ => (null, null),
        };
        if (sorted is null || listed is null)
        {
            return path;
        }

        var index = int.Parse(path.AsSpan(open + 1, path.Length - open - 2), CultureInfo.InvariantCulture);
        var key = sorted[index];
        var occurrence = sorted.Take(index).Count(k => k == key);
        var position = NthIndex(listed, k => k == key, occurrence);
        return $"{path[..open]}[{position}]";
    }

    /// <summary>Where the n-th (from 0) item that matches is; merging keeps the order of equal keys and of SKUs without a code.</summary>
    private static int NthIndex<T>(List<T> items, Func<T, bool> match, int n) =>
        items.Select((item, i) => (item, i)).Where(x => match(x.item)).Select(x => x.i).ElementAt(n);
}
