using System.ComponentModel;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.DestinationRequirements.ListDestinationRequirements;

public sealed class ListDestinationRequirementsRequest
{
    [Description("Only the requirements that apply to goods going to this country (its own and, for an EU member state, the EU's), e.g. DE.")]
    [QueryParam]
    [System.ComponentModel.DataAnnotations.MinLength(2)]
    [System.ComponentModel.DataAnnotations.MaxLength(2)]
    [System.ComponentModel.DataAnnotations.RegularExpression(Destinations.Pattern)]
    public string? Country { get; init; }

    public sealed class Validator : Validator<ListDestinationRequirementsRequest>
    {
        public Validator() => RuleFor(r => r.Country).Matches(Destinations.Pattern).WithMessage("country must be ISO 3166-1 alpha-2, e.g. DE, or EU.");
    }
}

public sealed class ListDestinationRequirementsEndpoint(IDbConnectionFactory connections) : Endpoint<ListDestinationRequirementsRequest>
{
    public override void Configure()
    {
        Get("/destination-requirements");
        Group<AdminGroup>();
        Description(b => b
            .WithName("ListDestinationRequirements")
            .WithSummary("List what each destination requires")
            .WithDescription("The programmes quotes, validations and orders check lines against, by id: each names a country (or EU), a " +
                "standard, whether the product must hold a valid certificate of it or each shipment must get one, and whether it applies to " +
                "all products or kids' bags only. Seeded with Kenya's PVoC, Nigeria's SONCAP, Saudi Arabia's SABER, REACH for the EU and UK, " +
                "EN 71 for kids' bags to the EU and UK, and CPSIA for kids' bags to the US; a summary to check against, not legal advice.")
            .ProducesValidationProblem()
            .Produces<DestinationRequirementListResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListDestinationRequirementsRequest req, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = req.Country is { } country
            ? await ComplianceStore.RequirementsAsync(connection, connections.Dialect, country)
            : (await connection.QueryAsync<DestinationRequirementRow>(connections.Dialect.Render(DestinationRequirementTable.SelectAll + " ORDER BY requirement_id"))).AsList();
        await Send.ResultAsync(ETaggedJson.Of(new DestinationRequirementListResponse(rows.Select(DestinationRequirementResponse.From).ToList())));
    }
}
