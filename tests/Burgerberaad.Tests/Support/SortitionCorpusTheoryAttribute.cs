namespace Participatie.Burgerberaad.Tests.Support;

/// <summary>A theory that is skipped (with a message) when the shared sortition corpus is absent.</summary>
public sealed class SortitionCorpusTheoryAttribute : TheoryAttribute
{
    public SortitionCorpusTheoryAttribute()
    {
        if (!SortitionCorpus.Available)
        {
            Skip = SortitionCorpus.SkipMessage;
        }
    }
}
