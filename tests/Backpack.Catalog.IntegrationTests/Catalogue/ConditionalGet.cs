using System.Net;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

public static class ConditionalGet
{
    /// <summary>A GET revalidating <paramref name="etag"/>: 304 when the resource is unchanged, 200 with the new content otherwise.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.NotModified);
        return response;
    }

    public static async Task<string> ETagOfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return response.Headers.ETag.ShouldNotBeNull().ToString();
    }
}
