using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Admin.ReferenceData.ListDutyRates;

public sealed class ListDutyRatesEndpoint(IDbConnectionFactory connections) : Endpoint<ListDutyRatesRequest>
{
    private const string SelectPage = "SELECT " + TradeReference.DutyColumns + """

        FROM duty_rates
        WHERE (@Country IS NULL OR country = @Country)
          AND (@AfterCountry IS NULL OR country > @AfterCountry OR (country = @AfterCountry AND hs_heading > @AfterHeading))
        ORDER BY country, hs_heading
        LIMIT @Limit
        """;

    public override void Configure()
    {
        Get("/duty-rates");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListDutyRates")
            .WithSummary("List duty and import tax rates, by country and HS heading")
            .WithDescription("Every rate quotes are costed from, ordered by country then HS heading, optionally for one country; follow " +
                "nextCursor, with the same filter, until it is null.")
            .ProducesValidationProblem()
            .Produces<ListDutyRatesResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListDutyRatesRequest req, CancellationToken ct) =>
        await Send.ResultAsync(await PageAsync(req, ct));

    private async Task<Results<ETaggedJson<ListDutyRatesResponse>, ValidationProblem>> PageAsync(
        ListDutyRatesRequest request, CancellationToken cancellationToken)
    {
        var filters = CursorCodec.Fingerprint(new { request.Country });
        if (!request.TryReadCursor(filters, out var afterId))
        {
            return AdminPageRequest.CursorProblem();
        }

        var after = afterId?.Split('/');
        if (after is not null and not [_, _])
        {
            return AdminPageRequest.CursorProblem();
        }

        var limit = request.Limit ?? AdminPageRequest.DefaultLimit;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<TradeReference.DutyRow>(new CommandDefinition(
            connections.Dialect.Render(SelectPage),
            new { request.Country, AfterCountry = after?[0], AfterHeading = after?[1], Limit = limit + 1 },
            cancellationToken: cancellationToken))).AsList();
        var (page, next) = AdminPageRequest.Slice(rows, limit, filters, r => DutyRateTable.Key(r.Country.Trim(), r.HsHeading));
        return ETaggedJson.Of(new ListDutyRatesResponse(page.Select(r => DutyRateResponse.From(r.ToRate())).ToList(), next, limit));
    }
}
