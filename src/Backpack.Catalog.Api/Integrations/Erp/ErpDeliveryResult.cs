namespace Backpack.Catalog.Api.Integrations.Erp;

public enum ErpDeliveryOutcome
{
    /// <summary>The ERP accepted the message (2xx).</summary>
    Accepted,

    /// <summary>The ERP already had it (409): delivered by an earlier attempt whose answer was lost.</summary>
    AlreadyHad,

    /// <summary>Worth trying again later: any other answer, no answer, a connection failure.</summary>
    Transient,

    /// <summary>Not sent at all: the circuit is open after repeated failures. Retried later without using up an attempt.</summary>
    NotSent,

    /// <summary>The ERP refused the message itself (400, 413, 415, 422); sending the same bytes again cannot help.</summary>
    Rejected,
}

public sealed record ErpDeliveryResult(ErpDeliveryOutcome Outcome, string? ErpReference, string? Error)
{
    public bool Delivered => Outcome is ErpDeliveryOutcome.Accepted or ErpDeliveryOutcome.AlreadyHad;
}
