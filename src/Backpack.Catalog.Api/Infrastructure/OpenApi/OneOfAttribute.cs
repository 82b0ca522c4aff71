using System.Collections;
using System.Reflection;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents a string (or the strings of a list) as one of a closed vocabulary: the values of a static member of
/// <paramref name="source"/>, the same member the code that produces or checks the value uses, so the enum cannot drift.
/// Listed in ordinal order, so the document is the same on every run whatever the member's own order. On a list, it
/// also says each value appears at most once (the rules reject a key listed twice).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute(Type source, string member) : Attribute
{
    public IReadOnlyList<string> Values =>
        ((IEnumerable)(source.GetField(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
            ?? source.GetProperty(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{source.Name}.{member} is not a static field or property.")))
        .Cast<object>().Select(v => v.ToString()!).Order(StringComparer.Ordinal).ToList();
}
