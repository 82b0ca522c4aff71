using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Certificates;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Features.Pricing.QuotePreview;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;
using Backpack.Catalog.IntegrationTests.Orders.Artwork;

namespace Backpack.Catalog.IntegrationTests.Compliance;

/// <summary>
/// Certificates as records against what destinations require: a kids' bag quoted to the US without a valid CPSIA certificate is a line
/// violation (missing, then expired), a recorded renewal covers it again, placement is refused the same way, per-shipment paperwork is a
/// checklist, and the catalogue's certification filter counts valid certificates only.
/// </summary>
public sealed class ComplianceTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private const string Sku = "KD-BTS8-MRN";
    private const string Product = "kids-back-to-school-8";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task<QuoteResponse> QuoteAsync(string destination) =>
        await (await api.CreateClient().PostAsJsonAsync("/v1/quotes", new
        {
            currency = "USD", destinationCountry = destination, lines = new[] { new { sku = Sku, quantity = 300 }, new { sku = "CL-METRO9-BLK", quantity = 100 } },
        }, HttpAssertions.Json, Cancellation)).ShouldBeJsonAsync<QuoteResponse>();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient admin, HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: HttpAssertions.Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await admin.SendAsync(request, Cancellation);
    }

    private static object Certificate(DateOnly from, DateOnly to) => new
    {
        standard = "CPSIA", scope = "product", productId = Product, issuer = "Intertek Hong Kong (CPSC-accepted laboratory)", number = "CPC-KDBTS8-2025-007",
        validFrom = from.ToString("yyyy-MM-dd"), validTo = to.ToString("yyyy-MM-dd"), documentUrl = "https://certificates.example.com/CPC-KDBTS8-2025-007.pdf",
    };

    [Fact]
    public async Task A_kids_bag_quoted_to_the_us_without_a_valid_cpsia_certificate_is_a_violation_until_one_is_recorded()
    {
        var admin = await api.AdminClientAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var declared = await QuoteAsync("US");
        (declared.Valid, declared.Compliance!.Covered.Single().Certificate.Source).ShouldBe((true, CertificateSources.Declared), "the seed declares CPSIA");
        (await api.CreateClient().GetStringAsync("/v1/products?certification=CPSIA", Cancellation)).ShouldContain(Product);

        var list = await (await admin.GetAsync($"/v1/admin/certificates?standard=CPSIA&productId={Product}", Cancellation)).ShouldBeJsonAsync<CertificateListResponse>();
        var seeded = list.Items.ShouldHaveSingleItem();
        (await SendAsync(admin, HttpMethod.Delete, $"/v1/admin/certificates/{seeded.Id}", null, null)).StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        (await SendAsync(admin, HttpMethod.Delete, $"/v1/admin/certificates/{seeded.Id}", null, seeded.Etag)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var missing = await QuoteAsync("US");
        (missing.Valid, missing.QuoteId).ShouldBe((false, null));
        missing.Lines[0].Violations.ShouldHaveSingleItem().Code.ShouldBe(ComplianceCodes.CertificateMissing);
        missing.Lines[1].Violations.ShouldBeEmpty("only kids' bags need CPSIA");
        var gap = missing.Compliance!.Missing.ShouldHaveSingleItem();
        (gap.Requirement, gap.Line, gap.Reason).ShouldBe(("US-CPSIA-KIDS", 1, ComplianceCodes.Missing));
        (await api.CreateClient().GetStringAsync("/v1/products?certification=CPSIA", Cancellation)).ShouldNotContain(Product);
        (await QuoteAsync("KE")).Valid.ShouldBeTrue("Kenya asks for no product certificate, only a PVoC certificate per shipment");
        (await QuoteAsync("KE")).Compliance!.PerShipment.Select(p => p.Requirement).ShouldBe(["KE-PVOC-SHIPMENT"]);

        var refused = await api.ClientWithKey(DemoKeys.Nairobi).ValidateOrderAsync(new
        {
            buyerReference = "PO-US-KIDS-1", currency = "USD", lines = new[] { new { sku = Sku, quantity = 300 } },
            shipTo = new { name = "Brooklyn Kids Co", addressLine1 = "200 Water Street", city = "Los Angeles", postalCode = "90021", country = "US" },
        });
        var (problem, codes) = await refused.ShouldBeRuleViolationsAsync();
        codes.ShouldBe([ComplianceCodes.CertificateMissing]);
        problem.GetProperty("violations")[0].GetProperty("field").GetString().ShouldBe("lines[0].sku");

        var expired = await (await admin.PostAsJsonAsync("/v1/admin/certificates", Certificate(today.AddDays(-400), today.AddDays(-35)), HttpAssertions.Json, Cancellation))
            .ShouldBeJsonAsync<CertificateResponse>(HttpStatusCode.Created);
        (expired.Source, expired.Valid).ShouldBe((CertificateSources.Recorded, false));
        var stale = await QuoteAsync("US");
        stale.Lines[0].Violations.ShouldHaveSingleItem().Code.ShouldBe(ComplianceCodes.CertificateExpired);
        stale.Compliance!.Missing.Single().ExpiredOn.ShouldBe(today.AddDays(-35));

        var renewed = await (await SendAsync(admin, HttpMethod.Put, $"/v1/admin/certificates/{expired.Id}", Certificate(today.AddDays(-30), today.AddDays(335)), expired.Etag))
            .ShouldBeJsonAsync<CertificateResponse>();
        (renewed.Valid, renewed.Etag).ShouldBe((true, "\"2\""));
        var covered = await QuoteAsync("US");
        covered.Valid.ShouldBeTrue();
        var certificate = covered.Compliance!.Covered.ShouldHaveSingleItem().Certificate;
        (certificate.Id, certificate.Number, certificate.ValidTo).ShouldBe((expired.Id, "CPC-KDBTS8-2025-007", today.AddDays(335)));
        (await api.CreateClient().GetStringAsync("/v1/products?certification=CPSIA", Cancellation)).ShouldContain(Product);

        var upload = $"/v1/admin/certificates/{expired.Id}/document";
        (await admin.PutAsync(upload, ArtworkFiles.Form(ArtworkFiles.Pdf(), "cpc.pdf"), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        var wrongType = new HttpRequestMessage(HttpMethod.Put, upload) { Content = ArtworkFiles.Form("not a certificate"u8.ToArray(), "cpc.pdf") };
        wrongType.Headers.TryAddWithoutValidation("If-Match", renewed.Etag);
        (await admin.SendAsync(wrongType, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        var pdf = ArtworkFiles.Pdf();
        var uploading = new HttpRequestMessage(HttpMethod.Put, upload) { Content = ArtworkFiles.Form(pdf, "cpc.pdf") };
        uploading.Headers.TryAddWithoutValidation("If-Match", renewed.Etag);
        var withDocument = await (await admin.SendAsync(uploading, Cancellation)).ShouldBeJsonAsync<CertificateResponse>();
        (withDocument.DocumentHref, withDocument.Etag).ShouldBe(($"/v1/certificates/{expired.Id}/document", "\"3\""));
        (await (await api.CreateClient().GetAsync(withDocument.DocumentHref, Cancellation)).Content.ReadAsByteArrayAsync(Cancellation)).ShouldBe(pdf,
            "a retailer downloads the certificate without a key");
        var product = await api.CreateClient().GetFromJsonAsync<JsonElement>($"/v1/products/{Product}", Cancellation);
        product.GetProperty("certificates").EnumerateArray().Single(c => c.GetProperty("standard").GetString() == "CPSIA")
            .GetProperty("documentHref").GetString().ShouldBe(withDocument.DocumentHref);

        var audit = await (await admin.GetAsync($"/v1/admin/audit?resourceType=certificate", Cancellation)).ShouldBeJsonAsync<JsonElement>();
        audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString())
            .ShouldBe(["certificate.updated", "certificate.updated", "certificate.created", "certificate.deleted"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_certificate_is_checked_before_it_is_stored_and_requirements_are_admin_maintained()
    {
        var admin = await api.AdminClientAsync();
        var bad = await (await admin.PostAsJsonAsync("/v1/admin/certificates", new
        {
            standard = "CE", scope = "sku", issuer = "", number = "X", validFrom = "2026-05-01", validTo = "2026-04-01", documentUrl = "http://insecure.example.com/c.pdf",
        }, HttpAssertions.Json, Cancellation)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["standard", "sku", "issuer", "validTo", "documentUrl"], ignoreOrder: true);
        (await admin.PostAsJsonAsync("/v1/admin/certificates", new
        {
            standard = "CPSIA", scope = "sku", sku = "KD-NOPE-XXX", issuer = "Intertek", number = "1", validFrom = "2026-01-01", validTo = "2026-12-31",
        }, HttpAssertions.Json, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var requirement = new
        {
            country = "AE", standard = "SASO", kind = "shipment_certificate", appliesTo = "all", name = "Certificate of conformity (demo)",
            authority = "Emirates Authority for Standardization (demo)",
        };
        var created = await SendAsync(admin, HttpMethod.Put, "/v1/admin/destination-requirements/AE-COC-SHIPMENT", requirement, null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await QuoteAsync("AE")).Compliance!.PerShipment.Select(p => p.Requirement).ShouldBe(["AE-COC-SHIPMENT"]);
        (await SendAsync(admin, HttpMethod.Put, "/v1/admin/destination-requirements/AE-COC-SHIPMENT", requirement with { country = "SA" }, "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendAsync(admin, HttpMethod.Delete, "/v1/admin/destination-requirements/AE-COC-SHIPMENT", null, "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await QuoteAsync("AE")).Compliance!.PerShipment.ShouldBeEmpty();

        for (var i = 1; i <= ComplianceLimits.MaxRequirementsPerDestination; i++)
        {
            (await SendAsync(admin, HttpMethod.Put, $"/v1/admin/destination-requirements/AR-TEST-{i:D2}", requirement with { country = "AR" }, null))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var full = await (await SendAsync(admin, HttpMethod.Put, "/v1/admin/destination-requirements/AR-TEST-21", requirement with { country = "AR" }, null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        full.GetProperty("detail").GetString()!.ShouldContain("AR already has 20 applying");
        (await QuoteAsync("AR")).Compliance!.PerShipment.Count.ShouldBe(ComplianceLimits.MaxRequirementsPerDestination);

        var germany = await (await admin.GetAsync("/v1/admin/destination-requirements?country=DE", Cancellation)).ShouldBeJsonAsync<JsonElement>();
        germany.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ShouldBe(["EU-EN71-KIDS", "EU-REACH"]);
    }
}
