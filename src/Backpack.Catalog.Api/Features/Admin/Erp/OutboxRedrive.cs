namespace Backpack.Catalog.Api.Features.Admin.Erp;

/// <summary>
/// Re-driving puts a dead message back in the queue as if new: due now, a fresh attempt budget, no lease. Its last
/// error stays until a later attempt replaces it, so the history is not lost.
/// </summary>
public static class OutboxRedrive
{
    public const string SetClause = "SET state = 'pending', attempts = 0, next_attempt_at_ms = @NowMs, lease_until_ms = NULL";
}
