using FluentValidation;
using FluentValidation.Validators;

namespace Backpack.Catalog.Api.Infrastructure.Errors;

/// <summary>
/// A value from a closed vocabulary; null passes (as with FluentValidation's own validators) unless it is required.
/// The OpenAPI document reads <see cref="Values"/> as the property's enum, so what is documented is what is checked.
/// </summary>
public sealed class OneOfValidator<T>(IEnumerable<string> values, bool required) : PropertyValidator<T, string?>
{
    // Sets have no order of their own; sorted, the document is the same on every run.
    public IReadOnlyList<string> Values { get; } = values is IReadOnlySet<string> ? values.Order(StringComparer.Ordinal).ToList() : values.ToList();

    public override string Name => "OneOfValidator";

    public override bool IsValid(ValidationContext<T> context, string? value) => value is null ? !required : Values.Contains(value, StringComparer.Ordinal);

    protected override string GetDefaultMessageTemplate(string errorCode) => "{PropertyName} must be one of: " + string.Join(", ", Values) + ".";
}

public static class OneOfValidatorExtensions
{
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> values) =>
        rule.SetValidator(new OneOfValidator<T>(values, required: false));

    /// <summary>Required, and one of <paramref name="values"/>: one check, so one message for both.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredOneOf<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> values) =>
        rule.SetValidator(new OneOfValidator<T>(values, required: true));
}

/// <summary>
/// A repeatable parameter: each value from a closed vocabulary, and at most <see cref="MaxCount"/> of them. The OpenAPI
/// document reads <see cref="Values"/> as the items' enum and <see cref="MaxCount"/> as maxItems.
/// </summary>
public sealed class EachOneOfValidator<T>(IEnumerable<string> values, int maxCount) : PropertyValidator<T, string[]?>
{
    public IReadOnlyList<string> Values { get; } = values.Order(StringComparer.Ordinal).ToList();

    public int MaxCount { get; } = maxCount;

    public override string Name => "EachOneOfValidator";

    public override bool IsValid(ValidationContext<T> context, string[]? value)
    {
        if (value is null)
        {
            return true;
        }

        var unknown = value.Where(v => !Values.Contains(v, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            context.MessageFormatter.AppendArgument("Problem", $"Unknown {context.DisplayName} {string.Join(", ", unknown.Select(u => $"'{u}'"))}.");
            return false;
        }

        if (value.Length > MaxCount)
        {
            context.MessageFormatter.AppendArgument("Problem", $"At most {MaxCount} values of {context.DisplayName} may be given, not {value.Length}.");
            return false;
        }

        return true;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        "{Problem} Use one or more of: " + string.Join(", ", Values) + ".";
}

public static class EachOneOfValidatorExtensions
{
    public static IRuleBuilderOptions<T, string[]?> EachOneOf<T>(this IRuleBuilder<T, string[]?> rule, IEnumerable<string> values, int maxCount) =>
        rule.SetValidator(new EachOneOfValidator<T>(values, maxCount));
}
