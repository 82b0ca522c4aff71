using System.Data.Common;

namespace Backpack.Catalog.Api.Infrastructure.Data;

public interface IDbConnectionFactory
{
    DatabaseProvider Provider { get; }

    SqlDialect Dialect { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
