using System.ComponentModel.DataAnnotations;

namespace Backpack.Catalog.Api.Infrastructure.Http;

/// <summary>Bound from the <c>RequestBody</c> configuration section.</summary>
public sealed class RequestBodyOptions
{
    public const string Section = "RequestBody";

    /// <summary>
    /// The largest request body any operation takes, in bytes, unless it declares its own limit (the catalogue import
    /// has <c>CatalogueImport:MaxBytes</c>). A larger body is refused with 413.
    /// </summary>
    [Range(typeof(long), "1024", "1073741824")]
    public long MaxBytes { get; set; } = 1024 * 1024;
}
