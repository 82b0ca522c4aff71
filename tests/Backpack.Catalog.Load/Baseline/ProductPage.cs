using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Backpack.Catalog.Load.Baseline;

/// <summary>
/// GET /v1/products?limit=N (no filters, sorted by name, English, USD) as one would write it by hand: one statement that
/// aggregates the variants and joins each product's cover picture, prepared once per pooled connection, rows written straight
/// into a Utf8JsonWriter (the cover's stored alt texts and renditions copied across from their JSON). The body
/// is byte for byte the API's (the benchmark checks that), next-page cursor included. The LIMIT is written +$limit because
/// SQLite 3.53 compiles a statement again on every run when its LIMIT is a bare parameter.
/// </summary>
public sealed class ProductPage : IDisposable
{
    private const string Sql = """
        SELECT p.product_id, p.category_key, p.name, p.material, p.material_grade, p.capacity_litres, p.weight_grams,
          p.origin_country, p.product_moq, p.lead_time_days, p.created_at_ms,
          MIN(v.moq), COUNT(v.sku), SUM(v.stock_on_hand > v.stock_reserved),
          (SELECT MIN(t.unit_price_cents) FROM variants w JOIN price_tiers t ON t.sku = w.sku
            WHERE w.product_id = p.product_id AND w.status = 'active' AND t.min_quantity <= w.moq),
          i.image_id, i.position, i.alt_text_json, i.renditions_json
        FROM products p
        LEFT JOIN variants v ON v.product_id = p.product_id AND v.status = 'active'
        LEFT JOIN product_images i ON i.image_id = (SELECT j.image_id FROM product_images j WHERE j.product_id = p.product_id
          AND j.sku IS NULL ORDER BY j.position, j.created_at_ms, j.image_id LIMIT 1)
        WHERE p.status = 'published'
        GROUP BY p.name, p.product_id
        ORDER BY p.name, p.product_id
        LIMIT +$limit
        """;

    // The API fingerprints the (here empty) filters into every cursor.
    private const string NoFilters = """{"category":null,"material":null,"minCapacity":null,"maxCapacity":null,"certification":null,"feature":null,"maxMoq":null,"inStock":null,"search":null,"priceAtQuantity":null,"maxUnitPriceCents":null}""";

    private static readonly string Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NoFilters)), 0, 8);

    private const string ImagesPrefix = "/v1/images/";

    private static readonly string[] Languages = ["en", "de", "fr", "pt-BR", "ar"];

    // As the API writes: non-ASCII text as UTF-8 rather than \u escapes.
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _connectionString;
    private readonly ConcurrentBag<SqliteCommand> _commands = [];

    static ProductPage() => SQLitePCL.Batteries_V2.Init();

    public ProductPage(string databaseFile) =>
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly }.ToString();

    public async Task WriteAsync(HttpContext context)
    {
        var limit = int.TryParse(context.Request.Query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l is >= 1 and <= 100 ? l : 20;
        var body = new ArrayBufferWriter<byte>(16 * 1024);
        var command = Rent();
        try
        {
            Write(command, limit, body);
        }
        finally
        {
            _commands.Add(command);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.WrittenCount;
        await context.Response.Body.WriteAsync(body.WrittenMemory, context.RequestAborted);
    }

    private static void Write(SqliteCommand command, int limit, ArrayBufferWriter<byte> body)
    {
        command.Parameters[0].Value = limit + 1;
        using var json = new Utf8JsonWriter(body, Options);
        json.WriteStartObject();
        json.WriteStartArray("items");
        string? lastName = null, lastId = null, nextCursor = null;
        var count = 0;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (++count > limit)
                {
                    nextCursor = Cursor(lastName!, lastId!);
                    break;
                }

                lastId = reader.GetString(0);
                lastName = reader.GetString(2);
                json.WriteStartObject();
                json.WriteString("id", lastId);
                json.WriteString("category", reader.GetString(1));
                json.WriteString("name", lastName);
                json.WriteString("material", reader.GetString(3));
                json.WriteString("materialGrade", reader.GetString(4));
                json.WriteNumber("capacityLitres", reader.GetDouble(5));
                json.WriteNumber("weightGrams", reader.GetInt32(6));
                json.WriteString("originCountry", reader.GetString(7));
                WriteNullableNumber(json, "moq", reader, 11);
                WriteNullableNumber(json, "productMoq", reader, 8);
                if (reader.IsDBNull(14))
                {
                    json.WriteNull("priceAtMoq");
                }
                else
                {
                    json.WriteStartObject("priceAtMoq");
                    json.WriteNumber("amount", reader.GetInt64(14) * 0.01m);
                    json.WriteString("currency", "USD");
                    json.WriteEndObject();
                }

                json.WriteNull("priceAtQuantity");
                json.WriteBoolean("inStock", !reader.IsDBNull(13) && reader.GetInt64(13) > 0);
                json.WriteNumber("variantCount", reader.GetInt32(12));
                json.WriteNumber("leadTimeDays", reader.GetInt32(9));
                json.WriteString("createdAt", DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)).UtcDateTime);
                WriteCover(json, reader);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteString("nextCursor", nextCursor);
        json.WriteNumber("limit", limit);
        json.WriteNull("facets");
        json.WriteString("currency", "USD");
        json.WriteNull("exchangeRate");
        json.WriteString("language", "en");
        json.WriteEndObject();
    }

    private static void WriteCover(Utf8JsonWriter json, SqliteDataReader reader)
    {
        if (reader.IsDBNull(15))
        {
            json.WriteNull("image");
            return;
        }

        using var renditions = JsonDocument.Parse(reader.GetString(18));
        using var altText = JsonDocument.Parse(reader.GetString(17));
        var original = renditions.RootElement.EnumerateArray().First(r => r.GetProperty("name").GetString() == "original");
        json.WriteStartObject("image");
        json.WriteString("id", reader.GetString(15));
        json.WriteNull("sku");
        json.WriteNumber("position", reader.GetInt32(16));
        json.WriteNumber("width", original.GetProperty("width").GetInt32());
        json.WriteNumber("height", original.GetProperty("height").GetInt32());
        json.WriteString("format", original.GetProperty("format").GetString());
        json.WriteStartObject("altText");
        foreach (var language in Languages)
        {
            if (altText.RootElement.TryGetProperty(language, out var text) && text.ValueKind == JsonValueKind.String)
            {
                json.WriteString(language, text.GetString());
            }
            else
            {
                json.WriteNull(language);
            }
        }

        json.WriteEndObject();
        json.WriteStartArray("renditions");
        foreach (var rendition in renditions.RootElement.EnumerateArray())
        {
            var href = rendition.GetProperty("href").GetString()!;
            json.WriteStartObject();
            json.WriteString("name", rendition.GetProperty("name").GetString());
            json.WriteString("format", rendition.GetProperty("format").GetString());
            json.WriteNumber("width", rendition.GetProperty("width").GetInt32());
            json.WriteNumber("height", rendition.GetProperty("height").GetInt32());
            json.WriteNumber("bytes", rendition.GetProperty("bytes").GetInt64());
            json.WriteString("href", href);
            json.WriteString("fileName", href[ImagesPrefix.Length..]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, reader.GetInt32(ordinal));
        }
    }

    private static string Cursor(string name, string id)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("sort", "name");
            json.WriteString("filters", Fingerprint);
            json.WriteString("key", name);
            json.WriteString("id", id);
            json.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    private SqliteCommand Rent()
    {
        if (_commands.TryTake(out var command))
        {
            return command;
        }

        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.Add(new SqliteParameter("$limit", 21));
        command.Prepare();
        return command;
    }

    public void Dispose()
    {
        while (_commands.TryTake(out var command))
        {
            var connection = command.Connection;
            command.Dispose();
            connection?.Dispose();
        }
    }
}
