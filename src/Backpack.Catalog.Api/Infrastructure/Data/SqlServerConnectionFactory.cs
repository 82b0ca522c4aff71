using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Backpack.Catalog.Api.Infrastructure.Data;

public sealed class SqlServerConnectionFactory(string connectionString) : IDbConnectionFactory
{
    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public SqlDialect Dialect => SqlDialect.SqlServer;

    public string ConnectionString => connectionString;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public ValueTask<WriteTurn> TakeWriteTurnAsync(CancellationToken cancellationToken) => ValueTask.FromResult(WriteTurn.Granted);
}
