namespace Participatie.Buurtbudget.Tests.Support;

/// <summary>A theory that is skipped (with a message) when the shared pabulib corpus folder is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!PabulibCorpus.Available)
        {
            Skip = PabulibCorpus.SkipMessage;
        }
    }
}
