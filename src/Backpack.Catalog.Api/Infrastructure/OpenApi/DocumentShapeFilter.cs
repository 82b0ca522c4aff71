using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.Health;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// What belongs to the document rather than to one operation: who it is for (tags, in audience order, with what each
/// holds), the contact and licence, the server (relative, so "Try it out" calls whichever host serves the document),
/// and the health probes, which are health-check endpoints that the API explorer does not see.
/// </summary>
public sealed class DocumentShapeFilter : IDocumentFilter
{
    public static readonly IReadOnlyList<(string Name, string Description)> Tags =
    [
        ("Catalogue", "Retailer storefronts: families, products with specs, SKUs with price ladders and availability, and the change feed to sync from. Open to anyone."),
        ("Pricing", "Quotes that explain every MOQ, carton and price-break rule, in nine currencies, and the exchange rates behind them. Open to anyone."),
        ("Orders", "Distributors: validate and place idempotent wholesale orders, follow and cancel their own. Needs a distributor key (reading: or an admin key)."),
        ("Webhooks", "Distributors: receivers for signed order events, their deliveries and redeliveries. Needs a distributor key."),
        ("Admin", "The catalogue owner: products, SKUs, prices and stock, distributor accounts and keys, order status, ERP delivery, audit, import and export. Needs an admin key."),
        ("Operations", "Probes for orchestrators and load balancers: liveness, and readiness including the database. Open to anyone."),
    ];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var document = swaggerDoc;
        document.Info.Contact = new OpenApiContact { Name = "Backpack.Catalog API team (the catalogue owner)" };
        document.Info.License = new OpenApiLicense { Name = "Proprietary: demonstration software, all rights reserved" };
        document.Servers =
        [
            new OpenApiServer
            {
                Url = "/",
                Description = "The host serving this document, whichever it is: local, test or production.",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)) },
            },
        ];
        document.Components!.SecuritySchemes![SecurityOperationFilter.AdminSchemeId] = SecurityOperationFilter.AdminScheme;
        AddHealthProbe(document, context, HealthEndpoints.LivePath, "GetLiveness", "Liveness: the process answers",
            "200 while the process can answer requests; no dependency is checked, so a restart is the only cure for a failure here.");
        AddHealthProbe(document, context, HealthEndpoints.ReadyPath, "GetReadiness", "Readiness: the process and its database answer",
            "200 when the database answers and the catalogue schema is in place; 503 with the same body, naming the failing check, when not. " +
            "Send traffic only to instances that are ready.");
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        LimitValidationErrors(document);
        AllowProblemExtensions(document);
        document.Components.Schemas!.Remove("ProblemDetails");
        document.Components.Schemas.Remove("HttpValidationProblemDetails");
    }

    private static void AddHealthProbe(OpenApiDocument document, DocumentFilterContext context, string path, string operationId, string summary, string description)
    {
        var report = context.SchemaGenerator.GenerateSchema(typeof(HealthReportResponse), context.SchemaRepository);
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemResponse), context.SchemaRepository);
        OpenApiResponse Report(string text) => new()
        {
            Description = text,
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = report } },
        };
        OpenApiResponse Problem(string text) => new()
        {
            Description = text,
            Content = new Dictionary<string, IOpenApiMediaType> { [StandardResponsesOperationFilter.ProblemContentType] = new OpenApiMediaType { Schema = problem } },
        };

        document.Paths[path] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    OperationId = operationId,
                    Summary = summary,
                    Description = description,
                    Tags = new HashSet<OpenApiTagReference> { new("Operations", document) },
                    Security = [new OpenApiSecurityRequirement()],
                    Responses = new OpenApiResponses
                    {
                        ["200"] = Report("Healthy (or Degraded)."),
                        ["401"] = Problem("An X-Api-Key was sent and is malformed, unknown or revoked; none is needed here."),
                        ["500"] = Problem("Unexpected server error."),
                        ["503"] = Report("Unhealthy: a check failed (readiness only)."),
                    },
                },
            },
        };
    }

    /// <summary>Problem types may add members of their own (RFC 9457 extensions, described in api-docs/errors.md).</summary>
    private static void AllowProblemExtensions(OpenApiDocument document)
    {
        foreach (var name in new[] { nameof(ProblemResponse), nameof(ValidationProblemResponse) })
        {
            if (document.Components!.Schemas!.TryGetValue(name, out var schema) && schema is OpenApiSchema problem)
            {
                problem.AdditionalPropertiesAllowed = true;
            }
        }
    }

    /// <summary>The validation problem's errors map, cut by <see cref="ProblemLimits"/> to these sizes.</summary>
    private static void LimitValidationErrors(OpenApiDocument document)
    {
        foreach (var name in new[] { nameof(ValidationProblemResponse), nameof(OrderRulesProblemResponse) })
        {
            if (document.Components!.Schemas!.TryGetValue(name, out var schema) && schema is OpenApiSchema problem
                && problem.Properties is { } properties && properties.TryGetValue("errors", out var property) && property is OpenApiSchema errors
                && errors.AdditionalProperties is OpenApiSchema messages && messages.Items is OpenApiSchema message)
            {
                errors.MaxProperties = ProblemLimits.MaxErrorKeys;
                messages.MaxItems = ProblemLimits.MaxMessagesPerKey;
                message.MaxLength = ProblemLimits.MaxMessageLength;
            }
        }
    }
}
