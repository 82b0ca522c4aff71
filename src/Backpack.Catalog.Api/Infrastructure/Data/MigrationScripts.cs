using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Backpack.Catalog.Api.Infrastructure.Data;

public sealed record MigrationScript(int Version, string Name, string Sql, string Checksum);

/// <summary>The numbered scripts under <c>db/migrations/{dialect}</c>, embedded in this assembly.</summary>
public static class MigrationScripts
{
    public static IReadOnlyList<MigrationScript> For(DatabaseProvider provider)
    {
        var prefix = $"db/migrations/{(provider == DatabaseProvider.Sqlite ? "sqlite" : "sqlserver")}/";
        var assembly = typeof(MigrationScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name, name[prefix.Length..]))
            .OrderBy(script => script.Version)
            .ToList();
    }

    private static MigrationScript Load(Assembly assembly, string resource, string fileName)
    {
        var digits = new string(fileName.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0 || fileName.Length <= digits.Length || fileName[digits.Length] != '_')
        {
            throw new InvalidOperationException($"Migration '{fileName}' must be named NNNN_description.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sql = reader.ReadToEnd().ReplaceLineEndings("\n");
        return new MigrationScript(int.Parse(digits), Path.GetFileNameWithoutExtension(fileName), sql, Checksum(sql));
    }

    public static string Checksum(string sql) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
}
