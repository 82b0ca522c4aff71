using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Erp.RedriveAllDeadLetters;

/// <param name="Redriven">How many dead messages went back in the queue.</param>
public sealed record RedriveAllDeadLettersResponse([property: Range(0, int.MaxValue)] int Redriven)
{
    public static RedriveAllDeadLettersResponse Example => new(3);
}

public static class RedriveAllDeadLettersEndpoint
{
    private const string RedriveAll = "UPDATE outbox_messages " + OutboxRedrive.SetClause + "\nWHERE state = 'dead';";

    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/erp/dead-letters/redrive", HandleAsync)
            .WithName("RedriveAllErpDeadLetters")
            .WithSummary("Send every dead order event to the ERP again")
            .WithDescription("For after an outage longer than the retry budget, or a fix on the ERP's side: every dead message is queued " +
                "again, due now, with a fresh attempt budget. Each order's events still go out in order.")
            .Produces<RedriveAllDeadLettersResponse>();

    private static async Task<RedriveAllDeadLettersResponse> HandleAsync(IDbConnectionFactory connections, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var redriven = await connection.ExecuteAsync(new CommandDefinition(connections.Dialect.Render(RedriveAll),
            new { NowMs = clock.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        return new RedriveAllDeadLettersResponse(redriven);
    }
}
