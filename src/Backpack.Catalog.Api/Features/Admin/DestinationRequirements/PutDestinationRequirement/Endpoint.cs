using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Dapper;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.DestinationRequirements.PutDestinationRequirement;

public sealed class PutDestinationRequirementEndpoint(VersionedRecordWriter writer, IDbConnectionFactory connections) : Endpoint<PutDestinationRequirementRequest>
{
    public override void Configure()
    {
        Put("/destination-requirements/{requirementId}");
        Group<AdminGroup>();
        Description(b => b
            .WithName("PutDestinationRequirement")
            .WithSummary("Add or replace a destination requirement")
            .WithDescription("The whole requirement. Without If-Match it is created when the id is new (201); replacing one requires If-Match " +
                "with its ETag (428 without, 412 when stale). The id starts with the requirement's country (US-CPSIA-KIDS for US). From the " +
                "next request, quotes, validations and orders to that destination are checked against it. At most 500 requirements, and " +
                "20 that apply to any one destination (its own and, for an EU member state, the EU's): a new one past either is 409. Audited.")
            .Accepts<DestinationRequirementDocument>("application/json")
            .Produces<DestinationRequirementResponse>()
            .Produces<DestinationRequirementResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired), clearDefaults: true);
    }

    public override async Task HandleAsync(PutDestinationRequirementRequest req, CancellationToken ct)
    {
        if (!Regex.IsMatch(req.RequirementId, ComplianceLimits.RequirementIdPattern))
        {
            await Send.ResultAsync(VersionedRecordWriter.NotFound(DestinationRequirementTable.Instance, req.RequirementId));
            return;
        }

        if (VersionedResults.Violations(req.Body, (d, fail) =>
            {
                DestinationRequirementDocument.Check(d, fail);
                if (d.Country is { } country && !req.RequirementId.StartsWith(country + "-", StringComparison.Ordinal))
                {
                    fail("country", $"country must be the one the id starts with ({req.RequirementId[..2]}).");
                }
            }) is { } problem)
        {
            await Send.ResultAsync(problem);
            return;
        }

        if (await TooManyAsync(req.RequirementId, req.Body.Country!, ct) is { } full)
        {
            await Send.ResultAsync(full);
            return;
        }

        var outcome = await writer.ReplaceAsync(DestinationRequirementTable.Instance, req.Body.ToRow(req.RequirementId), req.IfMatch, Caller.From(User), ct,
            createWhenAbsent: true);
        await Send.ResultAsync(VersionedResults.Answer(HttpContext, outcome, DestinationRequirementResponse.From, r => r.Etag,
            $"/v1/admin/destination-requirements?country={req.RequirementId[..2]}"));
    }

    /// <summary>A new requirement past the table's bound, or past the most that may apply to one destination (which bounds the answers).</summary>
    private async Task<IResult?> TooManyAsync(string id, string country, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var stored = (await connection.QueryAsync<(string Id, string Country)>(
            connections.Dialect.Render("SELECT requirement_id, country FROM destination_requirements"))).AsList();
        if (stored.Any(r => r.Id == id))
        {
            return null;
        }

        int Applying(string destination) => stored.Count(r => Destinations.Includes(r.Country, destination));
        var busiest = country == Destinations.EuropeanUnion ? Destinations.EuMembers.Max(Applying) : Applying(country);
        return stored.Count >= DestinationRequirementTable.MaxRequirements || busiest >= ComplianceLimits.MaxRequirementsPerDestination
            ? TypedResults.Problem(title: "Too many destination requirements.", statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.CatalogueStateConflict,
                detail: $"At most {DestinationRequirementTable.MaxRequirements} requirements are kept, and at most {ComplianceLimits.MaxRequirementsPerDestination} " +
                    $"apply to one destination; {country} already has {busiest} applying. Replace or remove one first.")
            : null;
    }
}
