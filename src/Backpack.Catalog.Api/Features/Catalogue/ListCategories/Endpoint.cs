using Backpack.Catalog.Api.Features.Catalogue.Localization;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Catalogue.ListCategories;

public sealed class ListCategoriesEndpoint(IDbConnectionFactory connections) : Endpoint<ListCategoriesRequest>
{
    public override void Configure()
    {
        Get("/categories");
        Group<V1>();
        AllowAnonymous();
        Description(b => b
            .WithName("ListCategories")
            .WithTags("Catalogue")
            .WithSummary("List the product families")
            .WithDescription("The six mini-backpack families with how many published products and SKUs each holds. " +
                "Names and descriptions are in the language of lang or Accept-Language (Content-Language says which). " +
                "Send the ETag back in If-None-Match to get 304 when nothing changed.")
            .ProducesValidationProblem()
            .Produces<ListCategoriesResponse>()
            .Produces(StatusCodes.Status304NotModified), clearDefaults: true);
    }

    public override async Task HandleAsync(ListCategoriesRequest req, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var language = LanguageNegotiation.Choose(req.Lang, HttpContext.Request.Headers.AcceptLanguage);
        LanguageNegotiation.Answer(HttpContext.Response, language);
        var items = await ListCategoriesData.QueryAsync(connection, connections.Dialect.Render(ListCategoriesData.SelectCategories), language);
        await Send.ResultAsync(ETaggedJson.Of(new ListCategoriesResponse(items) { Language = language }));
    }
}
