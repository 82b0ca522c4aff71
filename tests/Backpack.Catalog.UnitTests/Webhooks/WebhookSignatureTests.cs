using System.Buffers.Text;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Features.Webhooks;
using Backpack.Catalog.Api.Integrations.Webhooks;

namespace Backpack.Catalog.UnitTests.Webhooks;

public sealed partial class WebhookSignatureTests
{
    [Fact]
    public void The_worked_example_in_the_guide_is_what_the_signer_computes()
    {
        var guide = RepositoryFiles.ReadAllText("api-docs/webhooks.md");
        var example = guide[guide.IndexOf("### Worked example", StringComparison.Ordinal)..];

        var secret = Labelled(example, "secret");
        var timestamp = long.Parse(Labelled(example, "timestamp"), System.Globalization.CultureInfo.InvariantCulture);
        var body = Labelled(example, "body");
        var signature = Labelled(example, "signature");

        WebhookSignature.Sign(secret, timestamp, body).ShouldBe(signature);
        example.ShouldContain($"SHA2-256(stdin)= {signature["v1=".Length..]}", customMessage: "the openssl output shown matches too");
        JsonDocument.Parse(body).RootElement.GetProperty("type").GetString().ShouldBe("order.status_changed");
    }

    [Fact]
    public void The_signature_covers_timestamp_and_body()
    {
        const string secret = "whsec_Vq02fr6AWboYYdFlXXkDkFUmYj5nAcT4nxih4ruz9ms";
        var signature = WebhookSignature.Sign(secret, 1795327200, "{}");

        signature.ShouldMatch("^v1=[0-9a-f]{64}$");
        WebhookSignature.Sign(secret, 1795327200, "{}").ShouldBe(signature);
        WebhookSignature.Sign(secret, 1795327201, "{}").ShouldNotBe(signature);
        WebhookSignature.Sign(secret, 1795327200, "{ }").ShouldNotBe(signature);
        WebhookSignature.Sign(secret + "x", 1795327200, "{}").ShouldNotBe(signature);
    }

    [Fact]
    public void Secrets_are_whsec_and_32_random_bytes_in_unpadded_base64url()
    {
        var first = WebhookSignature.NewSecret();
        var second = WebhookSignature.NewSecret();

        first.ShouldMatch("^whsec_[A-Za-z0-9_-]{43}$");
        Base64Url.DecodeFromChars(first.AsSpan("whsec_".Length)).Length.ShouldBe(32);
        second.ShouldNotBe(first);
    }

    [Fact]
    public void The_envelope_embeds_the_data_exactly_as_given()
    {
        const string data = """{"orderId":"ord_1","note":"caf\u00e9 + 10 %"}""";
        var body = WebhookEnvelope.Build("evt_1", "order.status_changed", new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero), data);

        body.ShouldBe("""{"id":"evt_1","type":"order.status_changed","createdAt":"2026-11-22T06:00:00Z","data":""" + data + "}");
    }

    [Fact]
    public void An_event_id_is_its_outbox_message_id_under_the_evt_prefix()
    {
        WebhookIds.EventIdOf("msg_019aa7c3e5b87d21a4f06c9e2b3d4f51").ShouldBe("evt_019aa7c3e5b87d21a4f06c9e2b3d4f51");
        WebhookIds.NewDeliveryIdPrefix().ShouldMatch("^whd_[0-9a-f]{20}$");
        WebhookIds.IsDeliveryId(WebhookIds.NewDeliveryIdPrefix() + "0123456789ab").ShouldBeTrue();
        WebhookIds.IsWebhookId(WebhookIds.NewWebhookId()).ShouldBeTrue();
        WebhookIds.IsWebhookId("whk_../../etc").ShouldBeFalse();
    }

    private static string Labelled(string text, string label)
    {
        var match = Regex.Match(text, $@"^{label}: +(.+)$", RegexOptions.Multiline);
        match.Success.ShouldBeTrue($"the worked example has a '{label}:' line");
        return match.Groups[1].Value;
    }
}
