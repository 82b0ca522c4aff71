using System.Data.Common;

namespace Backpack.Catalog.Api.Infrastructure.Data;

public interface IDbConnectionFactory
{
    DatabaseProvider Provider { get; }

    SqlDialect Dialect { get; }

    /// <summary>What the factory connects with (DbUp opens its own connections with it).</summary>
    string ConnectionString { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Waits for this process's turn to write (see <see cref="WriteTurn"/>); dispose it when the write has ended.</summary>
    ValueTask<WriteTurn> TakeWriteTurnAsync(CancellationToken cancellationToken);
}
