using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Backpack.Catalog.Api.Features.Admin.Images;
using Backpack.Catalog.Api.Features.Catalogue.GetProduct;
using Backpack.Catalog.Api.Features.Catalogue.GetVariant;
using Backpack.Catalog.Api.Features.Catalogue.Images;
using Backpack.Catalog.Api.Features.Catalogue.ListProducts;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using SkiaSharp;

namespace Backpack.Catalog.IntegrationTests.Catalogue.Images;

/// <summary>Storefront pictures, through HTTP: what an upload keeps, what it refuses, and how the renditions are served and cached.</summary>
public sealed class ProductImagesTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private const string Product = "classic-metro-9";
    private const string ImagesUrl = $"/v1/admin/products/{Product}/images";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_colourway_photo_is_kept_with_renditions_that_product_and_sku_reads_list()
    {
        var admin = await api.AdminClientAsync();
        var upload = await admin.PostAsync(ImagesUrl, TestImages.Form(TestImages.Jpeg(1200, 900), "metro-navy.jpg", "image/jpeg",
            ("sku", "CL-METRO9-NVY"), ("altText", "Metro in navy, front")), Cancellation);
        var image = await upload.ShouldBeJsonAsync<AdminImageResponse>(HttpStatusCode.Created);
        upload.Headers.Location!.ToString().ShouldBe($"{ImagesUrl}/{image.Id}");
        upload.Headers.ETag!.ToString().ShouldBe(image.Etag);

        (image.Sku, image.Width, image.Height, image.Format, image.FileName, image.AltText.En).ShouldBe(("CL-METRO9-NVY", 1200, 900, "jpeg", "metro-navy.jpg", "Metro in navy, front"));
        image.Renditions.Select(r => (r.Name, r.Format, r.Width, r.Height)).ShouldBe(
        [
            ("original", "jpeg", 1200, 900), ("w200", "webp", 200, 150), ("w200", "jpeg", 200, 150), ("w800", "webp", 800, 600), ("w800", "jpeg", 800, 600),
        ]);
        foreach (var rendition in image.Renditions)
        {
            var file = await api.CreateClient().GetAsync(rendition.Href, Cancellation);
            file.StatusCode.ShouldBe(HttpStatusCode.OK, rendition.Href);
            var bytes = await file.Content.ReadAsByteArrayAsync(Cancellation);
            bytes.LongLength.ShouldBe(rendition.Bytes);
            var (width, height, format) = TestImages.Decode(bytes);
            (width, height).ShouldBe((rendition.Width, rendition.Height), "the file decodes at the size the listing gives");
            format.ShouldBe(rendition.Format == "webp" ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg);
            file.Content.Headers.ContentType!.MediaType.ShouldBe(rendition.Format == "webp" ? "image/webp" : "image/jpeg");
        }

        var navy = await api.CreateClient().GetJsonAsync<GetVariantResponse>("/v1/variants/CL-METRO9-NVY");
        navy.ShouldNotBeNull().Images.Select(i => i.Id).First().ShouldBe(image.Id, "a SKU read lists its colourway's pictures first");
        navy.Images.Skip(1).ShouldAllBe(i => i.Sku == null, "then the product's");
        var black = await api.CreateClient().GetJsonAsync<GetVariantResponse>("/v1/variants/CL-METRO9-BLK");
        black!.Images.ShouldNotContain(i => i.Id == image.Id, "another colourway's picture is not this SKU's");
        var product = await api.CreateClient().GetJsonAsync<ProductResponse>($"/v1/products/{Product}");
        product!.Images.Single(i => i.Id == image.Id).Renditions.ShouldBe(ImageResponse.From(await RowAsync(admin, image.Id)).Renditions);
    }

    [Theory]
    [InlineData("text", "bag.jpg", "image/jpeg")]
    [InlineData("pdf", "bag.png", "image/png")]
    [InlineData("truncated-jpeg", "bag.jpg", "image/jpeg")]
    [InlineData("png-signature-only", "bag.png", "image/png")]
    public async Task A_file_that_does_not_decode_is_a_400_whatever_its_name_and_nothing_is_stored(string content, string fileName, string declaredType)
    {
        var admin = await api.AdminClientAsync();
        var before = await ListAsync(admin);
        var bytes = content switch
        {
            "text" => Encoding.UTF8.GetBytes("This is not a picture of a backpack."),
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n% catalogue page\n%%EOF\n"),
            "truncated-jpeg" => TestImages.Jpeg(640, 480)[..2000],
            _ => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]],
        };

        var response = await admin.PostAsync(ImagesUrl, TestImages.Form(bytes, fileName, declaredType), Cancellation);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("Nothing was stored");
        (await ListAsync(admin)).Select(i => i.Id).ShouldBe(before.Select(i => i.Id));
    }

    [Fact]
    public async Task An_upload_over_10_mib_is_a_413_and_a_sku_of_another_product_a_400()
    {
        var admin = await api.AdminClientAsync();
        var tooBig = await admin.PostAsync(ImagesUrl, TestImages.Form(new byte[(10 * 1024 * 1024) + 1], "huge.jpg", "image/jpeg"), Cancellation);
        await tooBig.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        var otherSku = await admin.PostAsync(ImagesUrl, TestImages.Form(TestImages.Png(300, 300), "x.png", "image/png", ("sku", "HK-TRAIL10-ELM")), Cancellation);
        (await otherSku.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("sku")[0].GetString()!.ShouldContain("has no SKU");
    }

    [Fact]
    public async Task Renditions_are_immutable_content_addressed_files_that_revalidate_with_304()
    {
        var listed = await api.CreateClient().GetJsonAsync<ProductResponse>($"/v1/products/{Product}");
        var rendition = listed!.Images[0].Renditions.First(r => r.Name == "w200" && r.Format == "webp");
        var client = api.CreateClient();

        var first = await client.GetAsync(rendition.Href, Cancellation);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await first.Content.ReadAsByteArrayAsync(Cancellation);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        rendition.Href.ShouldBe($"/v1/images/{sha}.webp", "the name is the content's hash");
        var etag = first.Headers.ETag.ShouldNotBeNull();
        etag.ShouldBe(new EntityTagHeaderValue($"\"{sha}\""));
        etag.IsWeak.ShouldBeFalse();
        first.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, rendition.Href);
        revalidate.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(revalidate, Cancellation);
        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync(Cancellation)).ShouldBeEmpty();

        (await client.GetAsync($"/v1/images/{new string('0', 64)}.webp", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/v1/images/{sha}.png", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the extension must be the file's");
        await (await client.GetAsync("/v1/images/..%2Fappsettings.json", Cancellation)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Alt_texts_in_five_languages_round_trip_with_if_match_and_the_change_feed_reports_the_product()
    {
        var admin = await api.AdminClientAsync();
        var image = await (await admin.PostAsync(ImagesUrl, TestImages.Form(TestImages.Png(500, 500), "side.png", "image/png"), Cancellation))
            .ShouldBeJsonAsync<AdminImageResponse>(HttpStatusCode.Created);
        var productETag = await ConditionalGet.ETagOfAsync(api.CreateClient(), $"/v1/products/{Product}");
        var cursor = await ChangeFeed.CurrentCursorAsync(api.CreateClient());
        var url = $"{ImagesUrl}/{image.Id}";
        var body = new
        {
            sku = (string?)null, position = 7,
            altText = new Dictionary<string, string>
            {
                ["en"] = "Metro, side view", ["de"] = "Metro, Seitenansicht", ["fr"] = "Metro, vue de côté", ["pt-BR"] = "Metro, vista lateral",
                ["ar"] = "حقيبة ميترو، منظر جانبي",
            },
        };

        await (await admin.PutAsJsonAsync(url, body, Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var saved = await (await Put(admin, url, body, image.Etag)).ShouldBeJsonAsync<AdminImageResponse>();
        saved.Etag.ShouldNotBe(image.Etag);
        (saved.Position, saved.AltText.Ar, saved.AltText.PtBr).ShouldBe((7, "حقيبة ميترو، منظر جانبي", "Metro, vista lateral"));
        await (await Put(admin, url, body, image.Etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        var raw = await (await api.CreateClient().GetAsync($"/v1/products/{Product}", Cancellation)).Content.ReadAsStringAsync(Cancellation);
        raw.ShouldContain("\"pt-BR\":\"Metro, vista lateral\"");
        var product = System.Text.Json.JsonSerializer.Deserialize<ProductResponse>(raw, HttpAssertions.Json)!;
        product.Images.Single(i => i.Id == image.Id).AltText.Ar.ShouldBe("حقيبة ميترو، منظر جانبي", "Arabic comes back exactly as sent");
        product.Images.Select(i => i.Position).ShouldBeInOrder(SortDirection.Ascending);
        (await ConditionalGet.ETagOfAsync(api.CreateClient(), $"/v1/products/{Product}")).ShouldNotBe(productETag);
        (await ChangeFeed.WalkAsync(api.CreateClient(), cursor)).Changes.ShouldContain(c => c.ResourceType == "product" && c.Id == Product);

        var missingEnglish = await Put(admin, url, new { sku = (string?)null, position = 7, altText = new { de = "Nur Deutsch" } }, saved.Etag);
        (await missingEnglish.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("altText.en", out _).ShouldBeTrue();

        using var delete = new HttpRequestMessage(HttpMethod.Delete, url);
        delete.Headers.TryAddWithoutValidation("If-Match", saved.Etag);
        (await admin.SendAsync(delete, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await api.CreateClient().GetJsonAsync<ProductResponse>($"/v1/products/{Product}"))!.Images.ShouldNotContain(i => i.Id == image.Id);
        (await api.CreateClient().GetAsync(saved.Renditions[1].Href, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK,
            "a removed image's files keep serving at their immutable URLs");
        var audit = await admin.GetStringAsync($"/v1/admin/audit?resourceType=product_image&resourceId={image.Id}", Cancellation);
        audit.ShouldContain("product_image.created");
        audit.ShouldContain("product_image.updated");
        audit.ShouldContain("product_image.deleted");
    }

    [Fact]
    public async Task Every_demo_product_has_a_drawn_card_as_its_cover()
    {
        var products = await ProductPages.WalkAsync(api.CreateClient(), "");
        products.Count.ShouldBeGreaterThan(20);
        foreach (var product in products)
        {
            var cover = product.Image.ShouldNotBeNull(product.Id);
            cover.Sku.ShouldBeNull();
            cover.AltText.En.ShouldContain("illustrated product card");
            new[] { cover.AltText.De, cover.AltText.Fr, cover.AltText.PtBr, cover.AltText.Ar }.ShouldAllBe(t => t != null, product.Id);
            cover.Renditions.Select(r => r.Name).Distinct().ShouldBe(["original", "w200", "w800"]);
        }

        var first = products[0].Image!.Renditions.First(r => r.Name == "original");
        var png = await api.CreateClient().GetByteArrayAsync(first.Href, Cancellation);
        TestImages.Decode(png).ShouldBe((800, 800, SKEncodedImageFormat.Png));
    }

    private static Task<HttpResponseMessage> Put(HttpClient admin, string url, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return admin.SendAsync(request, Cancellation);
    }

    private static async Task<IReadOnlyList<AdminImageResponse>> ListAsync(HttpClient admin) =>
        (await admin.GetJsonAsync<AdminImageListResponse>(ImagesUrl))!.Items;

    private static async Task<ImageRow> RowAsync(HttpClient admin, string id)
    {
        var image = (await ListAsync(admin)).Single(i => i.Id == id);
        return new ImageRow
        {
            ImageId = image.Id, ProductId = image.ProductId, Sku = image.Sku, Position = image.Position, AltTextJson = ImageRow.ToJson(image.AltText),
            RenditionsJson = ImageRow.ToJson(image.Renditions.Select(r => new StoredRendition(r.Name, r.Format, r.Width, r.Height, r.Bytes, r.Href[11..75]))),
        };
    }
}
