using System.ComponentModel;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Imports.ExportCatalogue;

public sealed class ExportCatalogueRequest
{
    [Description("json (default): a catalogue document, as POST /v1/admin/catalogue/import takes it; csv: one row per SKU.")]
    [QueryParam]
    public string? Format { get; init; }

    public sealed class Validator : Validator<ExportCatalogueRequest>
    {
        public Validator() =>
            RuleFor(r => r.Format).OneOf(ImportFile.Formats).WithMessage("format must be json or csv.");
    }
}
