using System.Globalization;
using System.Text;
using System.Text.Json;
using Participatie.Bot.Slots;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Slots;

/// <summary>
/// Precision and recall of the slot extractor per slot type over the corpus in TestData/slots-corpus.json
/// (our own resident openings and mid-dialog turns, Dutch and English, with typos and informal language).
/// A slot counts as right only with the expected value; a wrong value is both a false positive and a miss.
/// </summary>
public sealed class SlotCorpusTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const double Minimum = 0.9;

    private static readonly string[] Soorten = ["titel", "plaats", "postcode", "startdatum", "bedrag", "aantal", "hulp", "thema", "vraag"];

    [Fact]
    public void Corpus_HasAtLeastEightyUtterancesInBothLanguages()
    {
        var corpus = Corpus.Laad();
        Assert.True(corpus.Uitingen.Count >= 80, $"{corpus.Uitingen.Count} utterances");
        Assert.Contains(corpus.Uitingen, u => u.Taal == "en");
        Assert.Contains(corpus.Uitingen, u => u.Taal == "nl");
    }

    [Fact]
    public void Corpus_EverySlotType_PrecisionAndRecallAtLeastNinetyPercent()
    {
        var corpus = Corpus.Laad();
        var extractor = new SlotExtractor(FakeDiensten.StandaardHulpsoorten);
        var telling = Soorten.ToDictionary(s => s, _ => (Tp: 0, Fp: 0, Fn: 0));
        var fouten = new StringBuilder();
        foreach (var uiting in corpus.Uitingen)
        {
            var resultaat = extractor.Extract(uiting.Tekst, corpus.Vandaag, uiting.Taal == "en");
            foreach (var soort in Soorten)
            {
                var verwacht = uiting.Verwacht(soort).Select(Norm).ToList();
                var gevonden = Gevonden(resultaat, soort).Select(Norm).ToList();
                var tp = verwacht.Count(gevonden.Contains);
                var (t, f, n) = telling[soort];
                telling[soort] = (t + tp, f + gevonden.Count(g => !verwacht.Contains(g)), n + verwacht.Count - tp);
                if (tp != verwacht.Count || gevonden.Count != tp)
                {
                    fouten.AppendLine(CultureInfo.InvariantCulture, $"{soort}: \"{uiting.Tekst}\" expected [{string.Join(", ", verwacht)}] got [{string.Join(", ", gevonden)}]");
                }
            }
        }

        var rapport = new StringBuilder();
        foreach (var (soort, (tp, fp, fn)) in telling)
        {
            var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
            rapport.AppendLine(CultureInfo.InvariantCulture, $"{soort}: precision {precision:F2} recall {recall:F2} (tp {tp}, fp {fp}, fn {fn})");
            Assert.True(tp > 0, $"{soort} is never expected in the corpus");
        }

        output.WriteLine(rapport.ToString());
        output.WriteLine(fouten.ToString());
        var onder = telling.Where(t =>
            (t.Value.Tp + t.Value.Fp > 0 && (double)t.Value.Tp / (t.Value.Tp + t.Value.Fp) < Minimum)
            || (t.Value.Tp + t.Value.Fn > 0 && (double)t.Value.Tp / (t.Value.Tp + t.Value.Fn) < Minimum)).ToList();
        Assert.True(onder.Count == 0, rapport + Environment.NewLine + fouten);
    }

    private static IEnumerable<string> Gevonden(SlotResultaat resultaat, string soort) => soort switch
    {
        "vraag" => resultaat.IsVraag ? ["ja"] : [],
        _ => resultaat.Waarden(Enum.Parse<SlotSoort>(soort, ignoreCase: true)),
    };

    private static string Norm(string waarde) => waarde.Trim().ToLowerInvariant();

    private sealed record Corpus(DateOnly Vandaag, IReadOnlyList<Uiting> Uitingen)
    {
        public static Corpus Laad()
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "slots-corpus.json")));
            var root = doc.RootElement;
            var vandaag = DateOnly.Parse(root.GetProperty("vandaag").GetString()!, CultureInfo.InvariantCulture);
            var uitingen = root.GetProperty("uitingen").EnumerateArray().Select(u => new Uiting(
                u.GetProperty("tekst").GetString()!,
                u.GetProperty("taal").GetString()!,
                Soorten.ToDictionary(s => s, s => Waarden(u, s)))).ToList();
            return new Corpus(vandaag, uitingen);
        }

        private static IReadOnlyList<string> Waarden(JsonElement uiting, string soort)
        {
            if (!uiting.TryGetProperty(soort, out var waarde))
            {
                return [];
            }

            return waarde.ValueKind switch
            {
                JsonValueKind.Array => [.. waarde.EnumerateArray().Select(w => w.GetString()!)],
                JsonValueKind.True => ["ja"],
                JsonValueKind.False => [],
                _ => [waarde.GetString()!],
            };
        }
    }

    private sealed record Uiting(string Tekst, string Taal, IReadOnlyDictionary<string, IReadOnlyList<string>> Slots)
    {
        public IReadOnlyList<string> Verwacht(string soort) => Slots[soort];
    }
}
