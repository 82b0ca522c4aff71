using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Erp.RedriveAllDeadLetters;

/// <param name="Redriven">How many dead messages went back in the queue.</param>
public sealed record RedriveAllDeadLettersResponse([property: Range(0, int.MaxValue)] int Redriven)
{
    public static RedriveAllDeadLettersResponse Example => new(3);
}

public sealed class RedriveAllDeadLettersEndpoint(IDbConnectionFactory connections, TimeProvider clock) : EndpointWithoutRequest
{
    private const string RedriveAll = "UPDATE outbox_messages " + OutboxRedrive.SetClause + "\nWHERE state = 'dead';";

    public override void Configure()
    {
        Post("/erp/dead-letters/redrive");
        Group<AdminGroup>();
        Description(b => b
            .WithName("RedriveAllErpDeadLetters")
            .WithSummary("Send every dead order event to the ERP again")
            .WithDescription("For after an outage longer than the retry budget, or a fix on the ERP's side: every dead message is queued " +
                "again, due now, with a fresh attempt budget. Each order's events still go out in order.")
            .Produces<RedriveAllDeadLettersResponse>(), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var redriven = await connection.ExecuteAsync(new CommandDefinition(connections.Dialect.Render(RedriveAll),
            new { NowMs = clock.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: ct));
        await Send.ResultAsync(TypedResults.Ok(new RedriveAllDeadLettersResponse(redriven)));
    }
}
