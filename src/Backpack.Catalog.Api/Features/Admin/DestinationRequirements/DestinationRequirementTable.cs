using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Features.Compliance;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.DestinationRequirements;

public sealed class DestinationRequirementTable : VersionedTable<DestinationRequirementRow>
{
    public static readonly DestinationRequirementTable Instance = new();

    /// <summary>The most requirements the table keeps, so that its list is one page.</summary>
    public const int MaxRequirements = 500;

    public const string SelectAll = "SELECT " + ComplianceStore.RequirementColumns + "\nFROM destination_requirements";

    protected override string Insert => """
        INSERT INTO destination_requirements (requirement_id, country, standard, kind, applies_to, name, authority, note, version, updated_at_ms)
        VALUES (@RequirementId, @Country, @Standard, @Kind, @AppliesTo, @Name, @Authority, @Note, @Version, @NowMs)
        """;

    protected override string Update => """
        UPDATE destination_requirements SET country = @Country, standard = @Standard, kind = @Kind, applies_to = @AppliesTo, name = @Name,
          authority = @Authority, note = @Note, version = @Version, updated_at_ms = @NowMs
        WHERE requirement_id = @RequirementId AND version = @ExpectedVersion
        """;

    protected override string Delete => "DELETE FROM destination_requirements WHERE requirement_id = @RequirementId AND version = @Version";

    public override string Noun => "destination requirement";

    public override string AuditType => AuditResources.DestinationRequirement;

    public override string KeyOf(DestinationRequirementRow record) => record.RequirementId;

    public override int VersionOf(DestinationRequirementRow record) => record.Version;

    public override DestinationRequirementRow WithVersion(DestinationRequirementRow r, int version) => new()
    {
        RequirementId = r.RequirementId, Country = r.Country, Standard = r.Standard, Kind = r.Kind, AppliesTo = r.AppliesTo, Name = r.Name,
        Authority = r.Authority, Note = r.Note, Version = version, UpdatedAtMs = r.UpdatedAtMs,
    };

    public override object Answer(DestinationRequirementRow record) => DestinationRequirementResponse.From(record) with { Etag = "" };

    public override async Task<DestinationRequirementRow?> FindAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string key) =>
        await connection.QuerySingleOrDefaultAsync<DestinationRequirementRow>(sql.Render(SelectAll + " WHERE requirement_id = @RequirementId"),
            new { RequirementId = key }, transaction);

    protected override object Parameters(DestinationRequirementRow r, long nowMs, int expectedVersion) => new
    {
        r.RequirementId, r.Country, r.Standard, r.Kind, r.AppliesTo, r.Name, r.Authority, r.Note, r.Version, NowMs = nowMs, ExpectedVersion = expectedVersion,
    };
}
