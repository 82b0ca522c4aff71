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
