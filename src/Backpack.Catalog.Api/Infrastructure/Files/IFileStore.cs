namespace Backpack.Catalog.Api.Infrastructure.Files;

/// <summary>
/// Where uploaded files (artwork, proofs) are kept, by the lowercase hex SHA-256 of their content: the same bytes are kept
/// once, and a name can never point outside the store. The embedded default is a folder; a production deployment plugs in
/// an object store (see the README) by registering its own implementation.
/// </summary>
public interface IFileStore
{
    /// <summary>Keeps <paramref name="content"/> under <paramref name="sha256"/>, which the caller has computed over it.</summary>
    Task PutAsync(string sha256, Stream content, CancellationToken cancellationToken);

    /// <summary>The content kept under <paramref name="sha256"/>, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken);
}
