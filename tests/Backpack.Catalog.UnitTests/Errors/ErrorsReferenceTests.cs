using System.Reflection;
using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Infrastructure.Errors;

namespace Backpack.Catalog.UnitTests.Errors;

public sealed partial class ErrorsReferenceTests
{
    private static readonly string[] Types = typeof(ProblemTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != "Base")
        .Select(f => ((string)f.GetRawConstantValue()!).Split('/')[^1])
        .ToArray();

    [Fact]
    public void Every_problem_type_the_api_answers_is_described_in_the_errors_reference_and_nothing_else_is()
    {
        var headings = Heading().Matches(RepositoryFiles.ReadAllText("api-docs/errors.md")).Select(m => m.Groups[1].Value).ToList();

        Types.Length.ShouldBeGreaterThan(20);
        headings.ShouldBe(Types, ignoreOrder: true);
        headings.ShouldBeUnique();
    }

    [GeneratedRegex(@"^### ([a-z-]+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
