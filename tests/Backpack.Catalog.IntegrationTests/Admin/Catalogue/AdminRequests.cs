using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Admin.Catalogue;

/// <summary>Admin catalogue calls with or without If-Match, and bodies built from the demo catalogue's shapes.</summary>
public static class AdminRequests
{
    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: HttpAssertions.Json);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Reads an admin resource: its body and its ETag.</summary>
    public static async Task<(JsonElement Body, string ETag)> ReadAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.ShouldBeJsonAsync<JsonElement>();
        return (body, response.Headers.ETag!.Tag);
    }

    public static object Tier(int minQuantity, decimal unitPriceUsd) => new { minQuantity, unitPriceUsd };

    public static object Variant(string sku, int moq = 100, int increment = 20, int carton = 20, object[]? tiers = null, int? stockOnHand = 60) => new
    {
        sku, colour = "Sand", material = "polyester", moq, orderIncrement = increment, cartonSize = carton, maxPerOrder = (int?)null,
        samplePriceUsd = 19.50m, sampleMax = 3, stockOnHand,
        priceTiers = tiers ?? [Tier(moq, 10.40m), Tier(moq + 10 * increment, 9.90m)],
    };

    public static object Specs(double capacityLitres = 9) => new
    {
        material = "polyester", materialGrade = "600D", capacityLitres, heightCm = 32, widthCm = 24, depthCm = 12, weightGrams = 380,
        maxLoadKg = 6, lining = "210D polyester", zipper = "YKK #5 coil", stitchesPerInch = 8, waterResistance = "PU coating, 1500 mm",
        uvStabilised = false,
    };

    public static object Product(string id, string name = "Harbour Classic Mini 9 L", string? status = null, object[]? variants = null,
        string category = "classic", object? specs = null) => new
    {
        id, category, status, name, description = "A compact 600D polyester mini with a padded tablet sleeve.",
        specs = specs ?? Specs(), features = new[] { "tablet-sleeve", "bottle-pocket" }, certifications = new[] { "REACH" },
        originCountry = "VN", hsCode = "4202.92", leadTimeDays = 45, productMoq = (int?)null, variants,
    };

    /// <summary>The product's own fields as PUT takes them: the admin read minus what PUT does not change.</summary>
    public static Dictionary<string, JsonElement> Editable(JsonElement product) => product.EnumerateObject()
        .Where(p => p.Name is not ("variants" or "version" or "createdAt" or "updatedAt"))
        .ToDictionary(p => p.Name, p => p.Value.Clone());

    public static Dictionary<string, JsonElement> With(this Dictionary<string, JsonElement> fields, string name, object value)
    {
        fields[name] = JsonSerializer.SerializeToElement(value, HttpAssertions.Json);
        return fields;
    }
}
