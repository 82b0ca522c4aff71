namespace Backpack.Catalog.Api.Infrastructure.Errors;

/// <summary>The <c>type</c> URIs of every problem this API answers with; each is described in api-docs/errors.md.</summary>
public static class ProblemTypes
{
    private const string Base = "https://backpack-catalog.dev/problems/";

    public const string Validation = Base + "validation";
    public const string MalformedRequest = Base + "malformed-request";
    public const string NotFound = Base + "not-found";
    public const string MethodNotAllowed = Base + "method-not-allowed";
    public const string NotAcceptable = Base + "not-acceptable";
    public const string UnsupportedMediaType = Base + "unsupported-media-type";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string Internal = Base + "internal";
    public const string Unavailable = Base + "unavailable";
    public const string RatesUnavailable = Base + "rates-unavailable";
    public const string WebhookLimit = Base + "webhook-limit";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string PreconditionFailed = Base + "precondition-failed";
    public const string PreconditionRequired = Base + "precondition-required";
    public const string AlreadyExists = Base + "already-exists";
    public const string CatalogueStateConflict = Base + "catalogue-state-conflict";
    public const string OrderRules = Base + "order-rules";
    public const string DeliveryDateUnachievable = Base + "delivery-date-unachievable";
    public const string IdempotencyKeyReused = Base + "idempotency-key-reused";
    public const string IdempotencyKeyInFlight = Base + "idempotency-key-in-flight";
    public const string OrderStateConflict = Base + "order-state-conflict";
    public const string ArtworkNotApproved = Base + "artwork-not-approved";
    public const string DesignStateConflict = Base + "design-state-conflict";
    public const string SampleNotApproved = Base + "sample-not-approved";
    public const string PaymentRequired = Base + "payment-required";
    public const string InspectionNotPassed = Base + "inspection-not-passed";
    public const string InspectionStateConflict = Base + "inspection-state-conflict";
    public const string PaymentConflict = Base + "payment-conflict";
    public const string CreditLimitExceeded = Base + "credit-limit-exceeded";
    public const string SampleStateConflict = Base + "sample-state-conflict";
    public const string ShipmentRules = Base + "shipment-rules";
    public const string ShipmentStateConflict = Base + "shipment-state-conflict";
    public const string UnsupportedFileType = Base + "unsupported-file-type";
    public const string DuplicateBuyerReference = Base + "duplicate-buyer-reference";
    public const string QuoteAlreadyOrdered = Base + "quote-already-ordered";
    public const string NotDeadLetter = Base + "not-dead-letter";
    public const string ImportRejected = Base + "import-rejected";
    public const string RateLimited = Base + "rate-limited";
    public const string RequestTimeout = Base + "request-timeout";

    /// <summary>about:blank: a status with no type of its own (RFC 9457 section 4.2.1); not one of this API's types.</summary>
    public static readonly string Blank = "about:blank";

    /// <summary>Every type above, and about:blank, for the document's enum.</summary>
    public static readonly IReadOnlyList<string> All = [.. typeof(ProblemTypes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!), Blank];

    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => MalformedRequest,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status406NotAcceptable => NotAcceptable,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status428PreconditionRequired => PreconditionRequired,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status503ServiceUnavailable => Unavailable,
        >= 500 => Internal,
        _ => Blank,
    };
}
