namespace Participatie.Rules.Tests.Support;

/// <summary>A fact that is skipped (with a message) when the shared corpus folder is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Corpus.Available)
        {
            Skip = "Compatibiliteitscorpus ../shared/corpus/rulesengine ontbreekt; test overgeslagen.";
        }
    }
}
