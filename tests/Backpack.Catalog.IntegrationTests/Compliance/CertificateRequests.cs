using System.Net;
using System.Net.Http.Json;
using Backpack.Catalog.Api.Features.Admin.Certificates;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Compliance;

public static class CertificateRequests
{
    /// <summary>Records a certificate of <paramref name="standard"/> for a product, valid from a month ago for a year, which must be accepted.</summary>
    public static async Task<CertificateResponse> RecordCertificateAsync(this HttpClient admin, string standard, string productId)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await (await admin.PostAsJsonAsync("/v1/admin/certificates", new
        {
            standard, scope = "product", productId, issuer = "SGS (test)", number = $"{standard}-{productId}"[..Math.Min(60, standard.Length + productId.Length + 1)],
            validFrom = today.AddDays(-30).ToString("yyyy-MM-dd"), validTo = today.AddDays(335).ToString("yyyy-MM-dd"),
        }, HttpAssertions.Json, TestContext.Current.CancellationToken)).ShouldBeJsonAsync<CertificateResponse>(HttpStatusCode.Created);
    }
}
