using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Features.Admin.Imports.ExportCatalogue;

public sealed class ExportCatalogueRequest
{
    [Description("json (default): a catalogue document, as POST /v1/admin/catalogue/import takes it; csv: one row per SKU.")]
    [FromQuery(Name = "format")]
    public string? Format { get; init; }

    public sealed class Validator : AbstractValidator<ExportCatalogueRequest>
    {
        public Validator() =>
            RuleFor(r => r.Format).Must(f => f is null or ImportFile.Json or ImportFile.Csv).WithMessage("format must be json or csv.");
    }
}
