using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Trade.ListPlaces;

public sealed class ListPlacesEndpoint : Endpoint<ListPlacesRequest, ListPlacesResponse>
{
    public override void Configure()
    {
        Get("/places");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("ListPlaces")
            .WithTags("Pricing")
            .WithSummary("List the places the supplier ships from and to")
            .WithDescription("Every named place an Incoterm may use, by UN/LOCODE: the ports and airports the factories' goods leave from " +
                "(EXW, FCA, FOB), and the seaports, airports and cities the supplier delivers to (CFR, CIF, CPT, CIP, DAP, DPU, DDP). " +
                "incoterms says which rules may name each place; defaultFor says where orders go when they name a rule but no place. " +
                "Freight lanes run between these places.")
            .ProducesValidationProblem()
            .Produces<ListPlacesResponse>(), clearDefaults: true);
    }

    public override async Task HandleAsync(ListPlacesRequest req, CancellationToken ct)
    {
        var items = Places.All
            .Where(p => req.Role is null || (req.Role == ListPlacesRequest.ShipsFrom ? p.ShipsFrom : p.ShipsTo))
            .Where(p => req.Country is null || p.Country == req.Country)
            .Select(PlaceResponse.From)
            .Where(p => req.Incoterm is null || p.Incoterms.Contains(req.Incoterm))
            .ToList();
        await Send.OkAsync(new ListPlacesResponse(items), ct);
    }
}
