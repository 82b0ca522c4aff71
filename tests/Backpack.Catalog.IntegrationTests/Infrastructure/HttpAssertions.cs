using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

public static class HttpAssertions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<T> ShouldBeJsonAsync<T>(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        return JsonSerializer.Deserialize<T>(body, Json) ?? throw new ShouldAssertException("The body is JSON null.");
    }

    public static async Task<T> ShouldBeJsonAsync<T>(this Task<HttpResponseMessage> response) => await (await response).ShouldBeJsonAsync<T>();

    /// <summary>Asserts an RFC 9457 problem with the status, and returns its body.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("type").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.TryGetProperty("traceId", out _).ShouldBeTrue("every problem carries a traceId");
        return problem;
    }

    /// <summary>The parameter names a 400 validation problem lists under <c>errors</c>.</summary>
    public static async Task<IReadOnlyList<string>> ShouldBeValidationProblemAsync(this HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/validation");
        return problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
    }

    public static Task<T?> GetJsonAsync<T>(this HttpClient client, string url) => client.GetFromJsonAsync<T>(url, Json);
}
