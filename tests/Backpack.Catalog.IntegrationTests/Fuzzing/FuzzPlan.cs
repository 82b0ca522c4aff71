using System.Text;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>
/// Which requests the fuzzer sends, operation by operation: every always-sent case, and sampled ones, at least
/// <see cref="MinimumSampled"/> per operation and the rest of the planned total shared by how many sampled mutations each
/// has (bodies with many fields get more). Reads run first and deletes last, so that a baseline that removes a resource
/// comes after the reads of it.
/// </summary>
public static class FuzzPlan
{
    private const int MinimumSampled = 40;

    public static IReadOnlyList<FuzzCaseGenerator> Generators(ApiDocument document, FuzzTargets targets, FuzzSettings settings)
    {
        var operations = FuzzOperation.ReadAll(document);
        var samples = new SchemaSamples(document);
        return operations.Select(o => new FuzzCaseGenerator(o, operations, targets, samples, StableSeed(settings.Seed, o.Name))).ToList();
    }

    public static IReadOnlyList<OperationPlan> Build(IReadOnlyList<FuzzCaseGenerator> generators, FuzzSettings settings)
    {
        var weights = generators.Select(g => (double)g.SampledCandidates).ToList();
        var shared = Math.Max(0, settings.PlannedRequests - generators.Sum(g => g.AlwaysSent) - (MinimumSampled * generators.Count));
        return generators
            .Select((generator, i) => (generator, sampled: MinimumSampled + (int)Math.Ceiling(shared * weights[i] / Math.Max(1, weights.Sum()))))
            .OrderBy(g => g.generator.Operation.Method switch { "GET" => 0, "DELETE" => 2, _ => 1 })
            .Select(g => new OperationPlan(g.generator.Operation, g.generator.Pick(g.sampled)))
            .ToList();
    }

    /// <summary>The seed of one operation's generator: the run's seed and the operation's name (FNV-1a), the same in every process.</summary>
    private static int StableSeed(int seed, string operation)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(operation))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return seed ^ (int)hash;
    }
}
