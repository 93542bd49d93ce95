using Participatie.Buurtbudget.Cli;
using Participatie.Buurtbudget.Counting;
using Participatie.Buurtbudget.Pabulib;
using Participatie.Buurtbudget.Tests.Support;

namespace Participatie.Buurtbudget.Tests.Corpus;

/// <summary>The corpus's points files (if any): read without errors, written back unchanged, counted within budget by greedy and mes.</summary>
public sealed class PabulibPointsCorpusTests
{
    [PointsCorpusFact]
    public void PointsFiles_ReadRoundTripAndCount()
    {
        foreach (var path in PabulibCorpus.PointsFiles())
        {
            var read = PabulibReader.ReadFile(path);
            Assert.False(read.HasErrors, $"{Path.GetFileName(path)}: {string.Join("\n", read.Diagnostics)}");
            var text = PabulibWriter.WriteToString(read.File!);
            Assert.Equal(text, PabulibWriter.WriteToString(PabulibReader.ReadString(text).File!));
            foreach (var options in new[] { CountingOptions.Greedy, new CountingOptions(CountingMethod.EqualShares, UtilityKind.Points) })
            {
                using var reader = File.OpenText(path);
                var result = PbCommand.Run(reader, options, Path.GetFileName(path));
                Assert.Equal(0, result.ExitCode);
                Assert.True(result.Outcome!.Spent <= result.Outcome.Budget);
            }
        }
    }
}
