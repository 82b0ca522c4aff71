using Backpack.Catalog.Api.Features.Admin.Imports;
using Microsoft.OpenApi;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

public static class SwaggerSetup
{
    public const string DocumentName = "v1";
    public const string UiPath = "/swagger";
    public const string DocumentPath = "/swagger/v1/swagger.json";

    public static IServiceCollection AddCatalogueSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Backpack.Catalog API",
                Version = "v1",
                Description = "Product catalogue and wholesale ordering for mini backpacks: six families, SKUs with specs and units, " +
                    "certifications, tiered MOQ pricing in USD, availability and lead times. Every error is RFC 9457 application/problem+json.",
            });
            options.EnableAnnotations();
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "Backpack.Catalog.Api.xml"));
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();

            // A nullable member of an object type (priceAtQuantity, nextTier…) can only say so beside its $ref through allOf.
            options.UseAllOfToExtendReferenceSchemas();
            options.MapType<decimal>(() => new OpenApiSchema { Type = JsonSchemaType.Number, Format = "decimal" });
            options.AddSecurityDefinition(SecurityOperationFilter.SchemeId, SecurityOperationFilter.Scheme);
            options.OperationFilter<EndpointParametersOperationFilter>();
            options.OperationFilter<SecurityOperationFilter>();
            options.OperationFilter<StandardResponsesOperationFilter>();
            options.OperationFilter<ConditionalGetOperationFilter>();
            options.OperationFilter<ParameterLimitsOperationFilter>();
            options.OperationFilter<CatalogueFileDocumentation.ImportOperation>();
            options.OperationFilter<CatalogueFileDocumentation.ExportOperation>();
            options.OperationFilter<Features.Orders.Artwork.ArtworkDocumentation>();
            options.OperationFilter<Features.Catalogue.Images.ImageDocumentation>();
            options.OperationFilter<Features.Orders.Documents.GetDocumentPdf.PdfDocumentation>();
            options.OperationFilter<Features.Admin.Catalogue.CatalogueChangeExamples>();
            options.OperationFilter<Features.Admin.Versioned.ReplaceExamples>();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SchemaFilter<LimitsSchemaFilter>();
            options.DocumentFilter<DocumentShapeFilter>();
            options.DocumentFilter<NullableReferencesDocumentFilter>();
            options.DocumentFilter<NamedEnumsDocumentFilter>();
            // Last: it gives every response (and every headers object other filters wrote) the rate-limit and CORS headers.
            options.OperationFilter<HttpLimitsOpenApiFilter>();
            options.DocumentFilter<HttpLimitsOpenApiFilter>();
        });
        return services;
    }

    public static WebApplication UseCatalogueSwagger(this WebApplication app)
    {
        app.UseSwagger(options => options.SetCustomDocumentSerializer<ExplicitExplodeDocumentSerializer>());
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentPath, "Backpack.Catalog API v1");
            options.DocumentTitle = "Backpack.Catalog API";
            options.DisplayOperationId();
        });
        return app;
    }
}
