namespace Participatie.Burgerberaad.Tests.Support;

/// <summary>A fact that is skipped (with a message) when the shared sortition corpus is absent.</summary>
public sealed class SortitionCorpusFactAttribute : FactAttribute
{
    public SortitionCorpusFactAttribute()
    {
        if (!SortitionCorpus.Available)
        {
            Skip = SortitionCorpus.SkipMessage;
        }
    }
}
