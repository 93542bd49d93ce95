using Participatie.Rules.Data;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Tests.Concurrency;

public sealed class ParallelExecutionTests
{
    [Fact]
    public void Engine_ManyThreadsWithAlternatingInputShapes_EveryResultCorrect()
    {
        var engine = new RuleEngine();
        Assert.True(engine.AddOrUpdateFromJson("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"input1.a > 2"}]}""").Succeeded);
        var asLong = DataValues.FromJson("""{"a":3}""");
        var asDouble = DataValues.FromJson("""{"a":1.5}""");
        var asText = DataValues.FromJson("""{"b":"x","a":5}""");
        var failures = 0;
        Parallel.For(0, 20_000, i =>
        {
            var (input, expected) = (i % 3) switch
            {
                0 => (asLong, true),
                1 => (asDouble, false),
                _ => (asText, true),
            };
            if (engine.ExecuteAllRules("w", input)[0].IsSuccess != expected)
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }
}
