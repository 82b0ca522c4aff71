using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.Api.Features.Admin.Imports.ImportCatalogue;

public sealed class ImportCatalogueRequest
{
    [Description("true: check the whole file and report what it would change, writing nothing. Default false: import it.")]
    [FromQuery(Name = "dryRun")]
    public bool? DryRun { get; init; }
}
