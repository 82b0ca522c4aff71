using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// Writes what a request's FluentValidation validator enforces on one member into that member's schema: lengths,
/// ranges, patterns and closed vocabularies. Only checks without a <c>When</c> condition are documented, because a
/// schema cannot say "only when another field is set"; null passes all of them, as it does in the validator.
/// </summary>
public static partial class ValidatorLimits
{
    public static void Apply(IValidator validator, string member, OpenApiSchema schema)
    {
        var components = validator.CreateDescriptor().GetRulesForMember(member)
            .Where(rule => !IsForEach(rule))
            .SelectMany(rule => rule.Components)
            .Where(c => !c.HasCondition && !c.HasAsyncCondition)
            .Select(c => c.Validator);
        foreach (var check in components)
        {
            Apply(check, schema);
        }
    }

    private static void Apply(IPropertyValidator check, OpenApiSchema schema)
    {
        var isArray = schema.Type?.HasFlag(JsonSchemaType.Array) == true;
        switch (check)
        {
            case ILengthValidator length when !isArray:
                if (length.Max > 0) schema.MaxLength = length.Max;
                if (length.Min > 0) schema.MinLength = length.Min;
                break;
            case INotEmptyValidator when isArray:
                schema.MinItems = 1;
                break;
            case INotEmptyValidator:
                schema.MinLength ??= 1;
                break;
            case IRegularExpressionValidator regex:
                schema.Pattern = regex.Expression;
                schema.MaxLength ??= LongestMatch(regex.Expression);
                if (ShortestMatch(regex.Expression) is { } shortest && shortest > (schema.MinLength ?? 0))
                {
                    schema.MinLength = shortest;
                }
                break;
            case IBetweenValidator between when check.Name == "InclusiveBetweenValidator":
                schema.Minimum = Number(between.From);
                schema.Maximum = Number(between.To);
                break;
            case IComparisonValidator { MemberToCompare: null } compare:
                ApplyComparison(compare, schema);
                break;
            case IPropertyValidator when check.Name == "EachOneOfValidator" && isArray
                && check.GetType().GetProperty(nameof(EachOneOfValidator<object>.Values))?.GetValue(check) is IReadOnlyList<string> each:
                schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. each.Select(v => (JsonNode)JsonValue.Create(v))] };
                schema.MaxItems = (int)check.GetType().GetProperty(nameof(EachOneOfValidator<object>.MaxCount))!.GetValue(check)!;
                break;
            case IPropertyValidator when check.GetType().GetProperty(nameof(OneOfValidator<object>.Values))?.GetValue(check) is IReadOnlyList<string> values
                && check.Name == "OneOfValidator":
                // A nullable member's null must be one of the enum's values too; the validator lets null through.
                schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v)), .. schema.Type?.HasFlag(JsonSchemaType.Null) == true ? [null!] : Array.Empty<JsonNode>()];
                break;
        }
    }

    private static void ApplyComparison(IComparisonValidator compare, OpenApiSchema schema)
    {
        var value = Number(compare.ValueToCompare);
        switch (compare.Comparison)
        {
            case Comparison.GreaterThanOrEqual: schema.Minimum = value; break;
            case Comparison.LessThanOrEqual: schema.Maximum = value; break;
            case Comparison.GreaterThan when compare.ValueToCompare is int i: schema.Minimum = Number(i + 1); break;
            case Comparison.LessThan when compare.ValueToCompare is int i: schema.Maximum = Number(i - 1); break;
        }
    }

    /// <summary>
    /// The longest string a pattern matches, when it says so: each alternative opens with a length lookahead
    /// (<c>^(?=.{3,64}$)</c>, as the catalogue ids do) or is a literal prefix and a run of one class (<c>^[A-Z]{2}$</c>,
    /// <c>^qt_[0-9a-f]{32}$</c>).
    /// </summary>
    public static int? LongestMatch(string pattern)
    {
        var longest = 0;
        foreach (var alternative in pattern.Split('|'))
        {
            var bound = LengthLookahead().Match(alternative) is { Success: true } lookahead ? lookahead.Groups["max"].Value
                : FixedRun().Match(alternative) is { Success: true } run ? run.Groups["max"].Value : null;
            var prefix = FixedRun().Match(alternative) is { Success: true } fixedRun ? fixedRun.Groups["prefix"].Length : 0;
            if (bound is null)
            {
                return null;
            }

            longest = Math.Max(longest, prefix + int.Parse(bound, CultureInfo.InvariantCulture));
        }

        return longest;
    }

    /// <summary>
    /// The shortest string a pattern matches, read as <see cref="LongestMatch"/> reads the longest: generators cannot solve a
    /// lookahead, so minLength and maxLength tell them how long a value to make.
    /// </summary>
    public static int? ShortestMatch(string? pattern)
    {
        if (pattern is null)
        {
            return null;
        }

        int? shortest = null;
        foreach (var alternative in pattern.Split('|'))
        {
            int? bound = LengthLookahead().Match(alternative) is { Success: true } lookahead ? int.Parse(lookahead.Groups["min"].Value, CultureInfo.InvariantCulture)
                : FixedRun().Match(alternative) is { Success: true } run
                    ? run.Groups["prefix"].Length + int.Parse(run.Groups["min"].Success ? run.Groups["min"].Value : run.Groups["max"].Value, CultureInfo.InvariantCulture)
                    : null;
            if (bound is null)
            {
                return null;
            }

            shortest = Math.Min(shortest ?? int.MaxValue, bound.Value);
        }

        return shortest;
    }

    [GeneratedRegex(@"^\^\(\?=\.\{(?<min>\d+),(?<max>\d+)\}\$\)")]
    private static partial Regex LengthLookahead();

    [GeneratedRegex(@"^\^(?<prefix>[a-z_]*)\[[^\]]+\]\{(?:(?<min>\d+),)?(?<max>\d+)\}\$$")]
    private static partial Regex FixedRun();

    private static bool IsForEach(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private static string Number(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
