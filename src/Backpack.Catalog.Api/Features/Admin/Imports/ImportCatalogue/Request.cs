using System.ComponentModel;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Imports.ImportCatalogue;

public sealed class ImportCatalogueRequest
{
    [Description("true: check the whole file and report what it would change, writing nothing. Default false: import it.")]
    [QueryParam]
    public bool? DryRun { get; init; }
}
