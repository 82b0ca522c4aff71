using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FluentValidation;
using Microsoft.OpenApi;

namespace Backpack.Catalog.UnitTests.OpenApi;

public sealed class ValidatorLimitsTests
{
    private sealed class Sample
    {
        public string? Name { get; init; }
        public string? Code { get; init; }
        public string? Colour { get; init; }
        public int? Count { get; init; }
        public int? Delta { get; init; }
        public string? Id { get; init; }
        public string? Mode { get; init; }
    }

    private sealed class SampleValidator : AbstractValidator<Sample>
    {
        public SampleValidator()
        {
            RuleFor(s => s.Name).NotEmpty().MaximumLength(40);
            RuleFor(s => s.Code).Matches("^[A-Z]{2}$");
            RuleFor(s => s.Colour).OneOf(["red", "blue"]);
            RuleFor(s => s.Count).InclusiveBetween(1, 100);
            RuleFor(s => s.Delta).GreaterThanOrEqualTo(0).When(s => s.Mode == "set");
            RuleFor(s => s.Id).Matches("^(?=.{3,64}$)[a-z0-9]+(-[a-z0-9]+)*$|^(?=.{4,32}$)[A-Z0-9]+(-[A-Z0-9]+)*$");
            RuleFor(s => s.Mode).RequiredOneOf(["set", "delta"]);
        }
    }

    // The API names rules by their JSON (camelCase) names; the descriptor is looked up by those.
    private static readonly SampleValidator Validator = Create();

    private static SampleValidator Create()
    {
        ValidationSetup.UseJsonPropertyNames();
        return new SampleValidator();
    }

    private static OpenApiSchema SchemaOf(string member, JsonSchemaType type = JsonSchemaType.String)
    {
        var schema = new OpenApiSchema { Type = type };
        ValidatorLimits.Apply(Validator, member, schema);
        return schema;
    }

    [Fact]
    public void Lengths_ranges_patterns_and_vocabularies_become_the_schema_limits()
    {
        SchemaOf("name").ShouldSatisfyAllConditions(s => s.MaxLength.ShouldBe(40), s => s.MinLength.ShouldBe(1));
        SchemaOf("code").ShouldSatisfyAllConditions(s => s.Pattern.ShouldBe("^[A-Z]{2}$"), s => s.MaxLength.ShouldBe(2));
        SchemaOf("colour").Enum!.Select(v => v.GetValue<string>()).ShouldBe(["red", "blue"]);
        SchemaOf("count", JsonSchemaType.Integer).ShouldSatisfyAllConditions(s => s.Minimum.ShouldBe("1"), s => s.Maximum.ShouldBe("100"));
        SchemaOf("mode").Enum!.Select(v => v.GetValue<string>()).ShouldBe(["set", "delta"]);
    }

    [Fact]
    public void A_check_that_only_applies_under_a_condition_is_not_documented()
    {
        SchemaOf("delta", JsonSchemaType.Integer).Minimum.ShouldBeNull();
    }

    [Fact]
    public void An_alternation_of_length_bounded_patterns_is_as_long_as_its_longest_alternative()
    {
        SchemaOf("id").MaxLength.ShouldBe(64);
    }

    [Fact]
    public void A_nullable_member_lists_null_among_its_values()
    {
        var schema = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null };
        ValidatorLimits.Apply(Validator, "colour", schema);
        schema.Enum!.Count.ShouldBe(3);
        schema.Enum[2].ShouldBeNull();
    }

    [Fact]
    public void The_one_of_check_accepts_its_values_and_null_unless_required()
    {
        Validator.Validate(new Sample { Name = "n", Colour = "red", Mode = "set" }).IsValid.ShouldBeTrue();
        Validator.Validate(new Sample { Name = "n", Mode = "set" }).IsValid.ShouldBeTrue();
        Validator.Validate(new Sample { Name = "n", Colour = "green", Mode = "set" }).Errors.Select(e => e.PropertyName).ShouldBe(["colour"]);
        Validator.Validate(new Sample { Name = "n", Mode = null }).Errors.Select(e => e.PropertyName).ShouldBe(["mode"]);
    }
}
