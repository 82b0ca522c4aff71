namespace Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

/// <summary>
/// A response the OpenAPI document does not allow. Deliberately not an <see cref="HttpRequestException"/> nor an
/// <see cref="OperationCanceledException"/>, so no test expecting a failed request can take it for one.
/// </summary>
public sealed class OpenApiConformanceException : Exception
{
    public OpenApiConformanceException()
    {
    }

    public OpenApiConformanceException(string message) : base(message)
    {
    }

    public OpenApiConformanceException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
