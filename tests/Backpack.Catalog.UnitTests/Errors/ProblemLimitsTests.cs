using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Backpack.Catalog.UnitTests.Errors;

public sealed class ProblemLimitsTests
{
    [Fact]
    public void Text_that_quotes_the_request_is_cut_to_the_documented_lengths()
    {
        var problem = new ProblemDetails { Title = new string('t', 500), Detail = new string('d', 10_000), Instance = "/" + new string('p', 9_000) };

        ProblemLimits.Apply(problem);

        problem.Title!.Length.ShouldBe(ProblemLimits.MaxTitleLength);
        problem.Detail!.Length.ShouldBe(ProblemLimits.MaxDetailLength);
        problem.Detail.ShouldEndWith("…");
        problem.Instance!.Length.ShouldBe(ProblemLimits.MaxInstanceLength);
    }

    [Fact]
    public void Validation_errors_are_cut_in_keys_messages_and_length()
    {
        var errors = Enumerable.Range(0, ProblemLimits.MaxErrorKeys + 5)
            .ToDictionary(i => $"lines[{i}].sku", _ => Enumerable.Repeat(new string('m', 5_000), ProblemLimits.MaxMessagesPerKey + 3).ToArray());
        var problem = new HttpValidationProblemDetails(errors);

        ProblemLimits.Apply(problem);

        problem.Errors.Count.ShouldBe(ProblemLimits.MaxErrorKeys);
        problem.Errors.Values.ShouldAllBe(m => m.Length == ProblemLimits.MaxMessagesPerKey && m.All(t => t.Length == ProblemLimits.MaxMessageLength));
    }

    [Fact]
    public void Short_text_is_left_alone()
    {
        var problem = new ProblemDetails { Title = "Not found.", Detail = "No product has the id x.", Instance = "/v1/products/x" };

        ProblemLimits.Apply(problem);

        (problem.Title, problem.Detail, problem.Instance).ShouldBe(("Not found.", "No product has the id x.", "/v1/products/x"));
    }
}
