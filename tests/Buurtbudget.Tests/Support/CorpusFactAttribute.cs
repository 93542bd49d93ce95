namespace Participatie.Buurtbudget.Tests.Support;

/// <summary>A fact that is skipped (with a message) when the shared pabulib corpus folder is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!PabulibCorpus.Available)
        {
            Skip = PabulibCorpus.SkipMessage;
        }
    }
}
