namespace Participatie.Workflows.Tests.Support;

/// <summary>A theory that is skipped (with a message) when the shared Elsa corpus is not next to the repository.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (RepoPaths.Corpus is null) Skip = "Elsa corpus not found at <repo root>/../shared/corpus/elsa";
    }
}
