namespace Backpack.Catalog.Api.Features.Webhooks;

/// <summary>What a receiver URL must look like. Where it points is not checked (see the security notes in api-docs/webhooks.md).</summary>
public static class WebhookUrl
{
    public const int MaxLength = 2000;

    /// <summary>Why the URL is refused, or null when it is acceptable.</summary>
    public static string? Problem(string? url, bool allowInsecureHttp)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "url is required: the absolute https URL that receives the events.";
        }

        if (url.Length > MaxLength)
        {
            return $"url must be at most {MaxLength} characters.";
        }

        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || string.IsNullOrEmpty(uri.Host))
        {
            return "url must be an absolute http(s) URL, e.g. https://erp.example.com/hooks/backpack.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "url must not contain a user name or password; receivers authenticate events by their signature.";
        }

        if (uri.Fragment.Length > 0)
        {
            return "url must not contain a fragment (#…): it is never sent to the receiver.";
        }

        return uri.Scheme == "http" && !allowInsecureHttp
            ? "url must use https: events carry order details and are signed, not encrypted."
            : null;
    }
}
