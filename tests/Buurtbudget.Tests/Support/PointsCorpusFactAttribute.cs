namespace Participatie.Buurtbudget.Tests.Support;

/// <summary>
/// A fact over the points (vote_type cumulative) files of the shared pabulib corpus: skipped with a
/// message when the corpus is absent or holds no points file.
/// </summary>
public sealed class PointsCorpusFactAttribute : FactAttribute
{
    public PointsCorpusFactAttribute()
    {
        if (!PabulibCorpus.Available)
        {
            Skip = PabulibCorpus.SkipMessage;
        }
        else if (PabulibCorpus.PointsFiles().Count == 0)
        {
            Skip = "Het corpus ../shared/corpus/pabulib heeft geen puntenbestanden (vote_type cumulative); test overgeslagen.";
        }
    }
}
