namespace Backpack.Catalog.Api.Integrations.Erp;

public enum ErpDeliveryOutcome
{
    /// <summary>The ERP accepted the message (2xx).</summary>
    Accepted,

    /// <summary>The ERP already had it (409): delivered by an earlier attempt whose answer was lost.</summary>
    AlreadyHad,

    /// <summary>Worth trying again later: 5xx, 408, 429, no answer, connection failures, open circuit.</summary>
    Transient,

    /// <summary>The ERP refused the message itself (another 4xx); retrying the same bytes cannot help.</summary>
    Rejected,
}

public sealed record ErpDeliveryResult(ErpDeliveryOutcome Outcome, string? ErpReference, string? Error)
{
    public bool Delivered => Outcome is ErpDeliveryOutcome.Accepted or ErpDeliveryOutcome.AlreadyHad;
}
