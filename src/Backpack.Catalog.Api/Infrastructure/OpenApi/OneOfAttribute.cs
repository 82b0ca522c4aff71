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

/// <summary>
/// Documents a string whose known values are listed (x-extensible-enum) but not closed: the problem type URIs. A client
/// generated from the document keeps it a string, so a type added later still deserialises.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class KnownValuesAttribute(Type source, string member) : Attribute
{
    public IReadOnlyList<string> Values => new OneOfAttribute(source, member).Values;
}

/// <summary>Documents a decimal as a multiple of <paramref name="step"/> (two decimals: 0.01).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MultipleOfAttribute(double step) : Attribute
{
    public decimal Step => (decimal)step;
}

/// <summary>Documents a list of strings, or a map's string values, as at most <paramref name="maxLength"/> characters each.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MaxItemLengthAttribute(int maxLength) : Attribute
{
    public int MaxLength => maxLength;
}

/// <summary>Documents a list of integers as holding values from <paramref name="minimum"/> to <paramref name="maximum"/> each.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemRangeAttribute(int minimum, int maximum) : Attribute
{
    public int Minimum => minimum;

    public int Maximum => maximum;
}
