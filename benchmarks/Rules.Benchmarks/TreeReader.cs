using Participatie.Rules.Engine;

namespace Participatie.Rules.Benchmarks;

/// <summary>Reads a whole result tree — what an explanation needs — so lazily built parts are built and counted.</summary>
public static class TreeReader
{
    public static int Read(RuleResultTree result)
    {
        var seen = (result.IsSuccess ? 1 : 0) + result.ExceptionMessage.Length + (result.ActionResult?.Output is null ? 0 : 1);
        if (result.ChildResults is { } children)
        {
            foreach (var child in children)
            {
                seen += Read(child);
            }
        }
        return seen;
    }
}
