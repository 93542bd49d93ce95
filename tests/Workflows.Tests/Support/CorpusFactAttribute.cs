namespace Participatie.Workflows.Tests.Support;

/// <summary>A fact that is skipped (with a message) when the shared Elsa corpus is not next to the repository.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (RepoPaths.Corpus is null) Skip = "Elsa corpus not found at <repo root>/../shared/corpus/elsa";
    }
}
