using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Backpack.Catalog.Api.Integrations.Erp;

/// <summary>
/// Sends order events to the supplier's ERP (contract in api-docs/erp-integration.md): a new order to
/// <c>POST v1/sales-orders</c> with our order id as its Idempotency-Key, a status change to
/// <c>POST v1/sales-orders/{orderId}/status-changes</c> keyed by order id and sequence. Retries inside one attempt,
/// timeouts and the circuit breaker live in the client's resilience handler; this class only says what an answer means.
/// </summary>
public sealed class ErpClient(IHttpClientFactory clients)
{
    public const string ClientName = "erp";
    public const int MaxErrorLength = 500;
    public const int MaxReferenceLength = 100;

    public sealed record Message(string MessageId, string OrderId, int Sequence, string EventType, string Payload);

    public static string IdempotencyKeyOf(Message message) =>
        message.EventType == OrderOutbox.Placed ? message.OrderId : $"{message.OrderId}:{message.Sequence}";

    public async Task<ErpDeliveryResult> SendAsync(Message message, CancellationToken cancellationToken)
    {
        var path = message.EventType == OrderOutbox.Placed ? "v1/sales-orders" : $"v1/sales-orders/{Uri.EscapeDataString(message.OrderId)}/status-changes";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(message.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", IdempotencyKeyOf(message));
        request.Headers.Add("X-Backpack-Event", message.EventType);
        request.Headers.Add("X-Backpack-Message-Id", message.MessageId);
        request.Headers.Add("X-Backpack-Sequence", message.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));

        try
        {
            using var http = clients.CreateClient(ClientName);
            using var response = await http.SendAsync(request, cancellationToken);
            return await InterpretAsync(response, cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            return new ErpDeliveryResult(ErpDeliveryOutcome.NotSent, null, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new ErpDeliveryResult(ErpDeliveryOutcome.Transient, null, Describe(ex));
        }
    }

    private static async Task<ErpDeliveryResult> InterpretAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict)
        {
            var outcome = response.IsSuccessStatusCode ? ErpDeliveryOutcome.Accepted : ErpDeliveryOutcome.AlreadyHad;
            return new ErpDeliveryResult(outcome, await ReferenceOfAsync(response, cancellationToken), null);
        }

        var error = Truncate($"The ERP answered {status} {response.ReasonPhrase}.");
        return new ErpDeliveryResult(RefusesTheMessage(response.StatusCode) ? ErpDeliveryOutcome.Rejected : ErpDeliveryOutcome.Transient, null, error);
    }

    /// <summary>
    /// Only answers about the message itself are final. Others (401, 403, 404, 5xx…) say something about the ERP or
    /// its configuration, which gets fixed; until then the message keeps its place and its backoff.
    /// </summary>
    private static bool RefusesTheMessage(HttpStatusCode status) => status is HttpStatusCode.BadRequest
        or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType or HttpStatusCode.UnprocessableEntity;

    /// <summary>The ERP's <c>erpReference</c>, when the answer carries one; a missing or unreadable body is no reason to send again.</summary>
    private static async Task<string?> ReferenceOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType is not { MediaType: { } mediaType } || !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return json.RootElement.ValueKind == JsonValueKind.Object
                   && json.RootElement.TryGetProperty("erpReference", out var reference)
                   && reference.ValueKind == JsonValueKind.String
                ? Truncate(reference.GetString()!, MaxReferenceLength)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(Exception ex) => Truncate(ex switch
    {
        TimeoutRejectedException or OperationCanceledException => "The ERP did not answer in time.",
        HttpRequestException { InnerException: { } inner } => $"Could not reach the ERP: {inner.Message}",
        _ => $"Could not reach the ERP: {ex.Message}",
    });

    private static string Truncate(string text, int max = MaxErrorLength) => text.Length <= max ? text : text[..max];

    public static void Configure(HttpClient http, ErpOptions options)
    {
        http.BaseAddress = options.BaseUrl is null ? null : new Uri(options.BaseUrl.ToString().TrimEnd('/') + "/");
        http.Timeout = Timeout.InfiniteTimeSpan;
        if (!string.IsNullOrEmpty(options.ApiToken))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiToken);
        }
    }
}
