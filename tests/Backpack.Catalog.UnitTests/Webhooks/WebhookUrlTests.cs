using Backpack.Catalog.Api.Features.Webhooks;

namespace Backpack.Catalog.UnitTests.Webhooks;

public sealed class WebhookUrlTests
{
    [Theory]
    [InlineData("https://erp.example.com/hooks/backpack")]
    [InlineData("https://erp.example.com:8443/hooks?tenant=ke")]
    [InlineData("https://192.0.2.10/hooks")]
    public void Absolute_https_urls_are_accepted(string url) => WebhookUrl.Problem(url, allowInsecureHttp: false).ShouldBeNull();

    [Fact]
    public void Plain_http_needs_the_setting()
    {
        WebhookUrl.Problem("http://127.0.0.1:9000/hooks", allowInsecureHttp: false).ShouldNotBeNull().ShouldContain("https");
        WebhookUrl.Problem("http://127.0.0.1:9000/hooks", allowInsecureHttp: true).ShouldBeNull();
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("/hooks/backpack", "absolute")]
    [InlineData("erp.example.com/hooks", "absolute")]
    [InlineData("ftp://erp.example.com/hooks", "absolute")]
    [InlineData("file:///etc/passwd", "absolute")]
    [InlineData(" https://erp.example.com/hooks", "absolute")]
    [InlineData("https://erp.example.com/ho oks", "absolute")]
    [InlineData("https://user:pass@erp.example.com/hooks", "user name")]
    [InlineData("https://erp.example.com/hooks#top", "fragment")]
    public void Other_urls_are_refused_with_a_reason(string? url, string reason) =>
        WebhookUrl.Problem(url, allowInsecureHttp: true).ShouldNotBeNull().ShouldContain(reason);

    [Fact]
    public void Urls_are_at_most_2000_characters()
    {
        var prefix = "https://erp.example.com/";
        WebhookUrl.Problem(prefix + new string('a', 2000 - prefix.Length), allowInsecureHttp: false).ShouldBeNull();
        WebhookUrl.Problem(prefix + new string('a', 2001 - prefix.Length), allowInsecureHttp: false).ShouldNotBeNull().ShouldContain("2000");
    }
}
