namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>A value to try, and a short label for the report (the label names the mutation; the value may be 100 KB).</summary>
public sealed record Hostile(string Label, string Value);

/// <summary>The invalid and edge-case values the generator substitutes into bodies, paths, queries and headers.</summary>
public static class HostileValues
{
    public const int HugeLength = 100 * 1024;

    /// <summary>Text for any string field, path segment or query value.</summary>
    public static readonly Hostile[] Strings =
    [
        new("empty", ""),
        new("blank", "   "),
        new("sql-or", "' OR 1=1 --"),
        new("sql-drop", "'; DROP TABLE products; --"),
        new("sql-union", "x' UNION SELECT key_hash FROM api_keys --"),
        new("sql-quote", "O'Brien\"s"),
        new("script", "<script>alert(1)</script>"),
        new("html-attribute", "\"><img src=x onerror=alert(1)>"),
        new("template", "{{7*7}}${7*7}#{7*7}"),
        new("jndi", "${jndi:ldap://127.0.0.1/a}"),
        new("path-traversal", "../../../../etc/passwd"),
        new("format-string", "%s%s%s%n%x"),
        new("rtl-override", "\u202Eevil\u202C.exe"),
        new("arabic", "حقيبة ظهر صغيرة"),
        new("emoji", "🎒🏔️👩‍👩‍👧‍👦"),
        new("combining-marks", "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307"),
        new("zero-width", "\u200B\u200D\uFEFF"),
        new("nul", "a\u0000b"),
        new("control-characters", "\u0001\u0002\u001B[31m\u007F\u0085"),
        new("newlines", "line1\r\nline2\nline3"),
        new("cyrillic", "рюкзак"),
        new("cjk", "迷你背包"),
        new("long-300", new string('x', 300)),
        new("long-5000", new string('y', 5000)),
        new("numeric-text", "12345"),
        new("boolean-text", "true"),
        new("null-text", "null"),
        new("percent", "%"),
        new("backslash", "\\"),
        new("json-text", "{\"a\":[1,2]}"),
    ];

    /// <summary>A 100 KB string: far over any limit, well under the request body limit.</summary>
    public static readonly Hostile Huge = new("huge-100KB", new string('A', HugeLength));

    /// <summary>JSON tokens written into a body as they are, including ones System.Text.Json cannot write itself.</summary>
    public static readonly Hostile[] RawJsonStrings =
    [
        new("lone-high-surrogate", "\"\\ud800\""),
        new("lone-low-surrogate", "\"\\udc00abc\""),
        new("reversed-surrogates", "\"\\udc00\\ud800\""),
        new("escaped-nul", "\"\\u0000\""),
    ];

    /// <summary>Number literals: zero, signs, the int32/int64/decimal bounds and beyond, huge, tiny, fractional.</summary>
    public static readonly Hostile[] RawJsonNumbers =
    [
        new("zero", "0"),
        new("minus-one", "-1"),
        new("negative-zero", "-0"),
        new("int32-max", "2147483647"),
        new("int32-max+1", "2147483648"),
        new("int32-min", "-2147483648"),
        new("int32-min-1", "-2147483649"),
        new("int64-max", "9223372036854775807"),
        new("int64-max+1", "9223372036854775808"),
        new("int64-min-1", "-9223372036854775809"),
        new("beyond-decimal", "79228162514264337593543950336"),
        new("1e308", "1e308"),
        new("-1e308", "-1e308"),
        new("1e309", "1e309"),
        new("fraction", "1.5"),
        new("tiny", "0.0000001"),
        new("exponent-integer", "1E2"),
        new("integer-as-decimal", "100.0"),
        new("many-decimals", "9.999999999999999999999999999"),
    ];

    /// <summary>Strings a lenient parser might take for a number.</summary>
    public static readonly Hostile[] NumberLikeStrings =
    [
        new("NaN-string", "\"NaN\""),
        new("Infinity-string", "\"Infinity\""),
        new("-Infinity-string", "\"-Infinity\""),
        new("exponent-string", "\"1e3\""),
        new("hex-string", "\"0x10\""),
        new("number-string", "\"100\""),
    ];

    /// <summary>Invalid JSON literals for a number position.</summary>
    public static readonly Hostile[] InvalidNumberLiterals =
    [
        new("NaN-literal", "NaN"),
        new("Infinity-literal", "Infinity"),
        new("leading-zeros", "007"),
        new("plus-sign", "+1"),
        new("hex-literal", "0x10"),
    ];

    /// <summary>Query values, already percent-encoded: types, bounds, dates, encodings the server must refuse cleanly.</summary>
    public static readonly Hostile[] QueryValues =
    [
        new("zero", "0"), new("minus-one", "-1"), new("int32-max", "2147483647"), new("int32-max+1", "2147483648"),
        new("int32-min-1", "-2147483649"), new("int64-max+1", "9223372036854775808"), new("1e308", "1e308"), new("1e309", "1e309"),
        new("NaN", "NaN"), new("Infinity", "Infinity"), new("-Infinity", "-Infinity"), new("fraction", "1.5"), new("hex", "0x10"),
        new("thousands", "1%2C000"), new("true", "true"), new("array-text", "%5B%5D"), new("object-text", "%7B%7D"),
        new("impossible-date", "2026-02-30"), new("far-future", "9999-12-31T23%3A59%3A59Z"), new("year-zero", "0000-01-01T00%3A00%3A00Z"),
        new("offset-date", "2026-01-01T00%3A00%3A00%2B14%3A00"), new("encoded-nul", "%00"), new("invalid-utf8", "%FF%FE"),
        new("encoded-surrogate", "%ED%A0%80"), new("bare-percent", "%25"), new("plus", "a+b"), new("ampersand", "a%26b%3Dc"),
        new("huge-10KB", new string('q', 10 * 1024)),
    ];

    /// <summary>Path segments, already percent-encoded: separators, dots, NUL, bounds.</summary>
    public static readonly Hostile[] PathSegments =
    [
        new("dot-dot", "%2E%2E"), new("encoded-slash", "a%2Fb"), new("encoded-backslash", "a%5Cb"), new("encoded-newline", "a%0Ab"),
        new("invalid-utf8", "%FF%FE"), new("encoded-surrogate", "%ED%A0%80"), new("bare-percent", "%25"), new("zero", "0"),
        new("minus-one", "-1"), new("int64-max+1", "9223372036854775808"), new("space", "%20"), new("semicolon", "a%3Bb"),
    ];

    /// <summary>Bad conditional request headers: not entity tags, weak, lists, wildcards, stale, huge.</summary>
    public static readonly Hostile[] EntityTags =
    [
        new("empty", ""), new("unquoted", "abc"), new("weak", "W/\"1\""), new("stale", "\"0\""), new("wildcard", "*"),
        new("list", "\"1\", \"2\""), new("unterminated", "\"abc"), new("huge", "\"" + new string('e', 10 * 1024) + "\""),
        new("unicode", "\"🎒\""), new("sql-or", "\"' OR 1=1 --\""), new("negative", "\"-1\""), new("int64-max+1", "\"9223372036854775808\""),
    ];

    /// <summary>Bad Idempotency-Key values (printable ASCII, 1 to 255 characters, is documented).</summary>
    public static readonly Hostile[] IdempotencyKeys =
    [
        new("empty", ""), new("blank", "   "), new("too-long", new string('k', 256)), new("huge", new string('k', 10 * 1024)),
        new("unicode", "ключ-🎒"), new("tab", "a\tb"), new("sql-or", "' OR 1=1 --"),
    ];

    /// <summary>Content types a JSON operation must refuse or read correctly.</summary>
    public static readonly Hostile[] ContentTypes =
    [
        new("text-plain", "text/plain"), new("xml", "application/xml"), new("form", "application/x-www-form-urlencoded"),
        new("multipart", "multipart/form-data; boundary=fuzz"), new("csv", "text/csv"), new("octet-stream", "application/octet-stream"),
        new("utf16-charset", "application/json; charset=utf-16"), new("unknown-charset", "application/json; charset=klingon"),
        new("quoted-utf8-charset", "application/json; charset=\"utf-8\""), new("empty-charset", "application/json; charset="),
        new("two-charsets", "application/json; charset=utf-8; charset=klingon"), new("quoted-unknown-charset", "application/json; charset=\"klingon\""),
        new("json-patch", "application/json-patch+json"), new("upper-case", "APPLICATION/JSON"), new("garbage", "json"),
        new("empty-type", ""), new("wildcard", "*/*"),
    ];
}
