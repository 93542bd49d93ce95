namespace Participatie.Rules.Tests.Support;

/// <summary>A theory that is skipped (with a message) when the shared corpus folder is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!Corpus.Available)
        {
            Skip = "Compatibiliteitscorpus ../shared/corpus/rulesengine ontbreekt; test overgeslagen.";
        }
    }
}
