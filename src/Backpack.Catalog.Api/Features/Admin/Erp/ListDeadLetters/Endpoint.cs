using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.Erp.ListDeadLetters;

public sealed class ListDeadLettersRequest : AdminPageRequest
{
    [Description("Only this order's dead letters.")]
    [QueryParam]
    public string? OrderId { get; init; }

    public sealed class Validator : Validator<ListDeadLettersRequest>
    {
        public Validator()
        {
            AddRules(this);
            RuleFor(r => r.OrderId).MaximumLength(40).WithMessage("orderId is not an order id (ord_ followed by 32 hex digits).");
        }
    }
}

/// <param name="NextCursor">Pass as cursor for the next page; null on the last page.</param>
public sealed record ListDeadLettersResponse(
    [property: MaxLength(AdminPageRequest.MaxLimit)] IReadOnlyList<OutboxMessageResponse> Items,
    [property: MaxLength(AdminPageRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, AdminPageRequest.MaxLimit)] int Limit)
{
    public static ListDeadLettersResponse Example => new([OutboxMessageResponse.DeadExample], null, AdminPageRequest.DefaultLimit);
}

public sealed class ListDeadLettersEndpoint(IDbConnectionFactory connections) : Endpoint<ListDeadLettersRequest>
{
    private const string SelectPage = OutboxMessageRow.Select + """

        WHERE m.state = 'dead'
          AND (@OrderId IS NULL OR m.order_id = @OrderId)
          AND (@AfterId IS NULL OR m.message_id > @AfterId)
        ORDER BY m.message_id
        LIMIT @Limit
        """;

    public override void Configure()
    {
        Get("/erp/dead-letters");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListErpDeadLetters")
            .WithSummary("List order events the ERP never accepted")
            .WithDescription("Messages that used up their delivery attempts, or that the ERP refused outright (400, 413, 415 or " +
                "422), oldest first, with the last error. A dead message holds back its order's later events, so that the ERP " +
                "never sees them out of order. Fix the cause, then re-drive.")
            .ProducesValidationProblem()
            .Produces<ListDeadLettersResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListDeadLettersRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<Results<ETaggedJson<ListDeadLettersResponse>, ValidationProblem>> PageAsync(
        ListDeadLettersRequest request, CancellationToken cancellationToken)
    {
        var filters = request.OrderId ?? "";
        if (!request.TryReadCursor(filters, out var afterId))
        {
            return AdminPageRequest.CursorProblem();
        }

        var limit = request.Limit ?? AdminPageRequest.DefaultLimit;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<OutboxMessageRow>(new CommandDefinition(connections.Dialect.Render(SelectPage),
            new { request.OrderId, AfterId = afterId, Limit = limit + 1 }, cancellationToken: cancellationToken))).AsList();
        var (page, next) = AdminPageRequest.Slice(rows, limit, filters, r => r.MessageId);
        return ETaggedJson.Of(new ListDeadLettersResponse(page.Select(r => r.ToResponse()).ToList(), next, limit));
    }
}
