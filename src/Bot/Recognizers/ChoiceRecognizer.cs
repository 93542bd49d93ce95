namespace Participatie.Bot.Recognizers;

/// <summary>
/// Matches an utterance to a list of choices: by number ("2", "de tweede"), exact title or value,
/// synonyms, and word by word with typo tolerance.
/// </summary>
public static class ChoiceRecognizer
{
    private const double Threshold = 0.6;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "ik", "wil", "graag", "mijn", "van", "voor", "en", "of", "met", "is", "die", "dat", "wat", "kan", "nog",
        "the", "a", "an", "i", "want", "would", "like", "my", "of", "for", "and", "or", "with", "to", "please", "is", "it", "ook", "also",
    };

    /// <summary>The best matching choice, or null.</summary>
    public static FoundChoice? RecognizeOne(string? text, IReadOnlyList<Choice> choices)
    {
        if (string.IsNullOrWhiteSpace(text) || choices.Count == 0)
        {
            return null;
        }

        if (NumberRecognizer.TryRecognizeIndex(text, out var index) && index >= 1 && index <= choices.Count)
        {
            return new FoundChoice(choices[index - 1].Value, index - 1, 1.0);
        }

        return Score(text, choices).OrderByDescending(f => f.Score).ThenBy(f => f.Index).FirstOrDefault();
    }

    /// <summary>Every choice the utterance mentions ("geld en ruimte", "1, 3 en 4"), in list order.</summary>
    public static IReadOnlyList<FoundChoice> RecognizeMany(string? text, IReadOnlyList<Choice> choices)
    {
        if (string.IsNullOrWhiteSpace(text) || choices.Count == 0)
        {
            return [];
        }

        var single = RecognizeOne(text, choices);
        var numbers = NumberRecognizer.AllIntegers(text);
        var normalized = TextNormalizer.Normalize(text);
        var onlyNumbers = numbers.Count > 1 && normalized.Split(' ').All(t => int.TryParse(t, out _) || t is "en" or "and" or "of");
        if (onlyNumbers)
        {
            return numbers.Where(n => n >= 1 && n <= choices.Count).Distinct()
                .Select(n => new FoundChoice(choices[n - 1].Value, n - 1, 1.0)).OrderBy(f => f.Index).ToArray();
        }

        var found = Score(text, choices).ToList();
        if (single is not null && found.All(f => f.Index != single.Index))
        {
            found.Add(single);
        }

        return found.OrderBy(f => f.Index).ToArray();
    }

    private static IEnumerable<FoundChoice> Score(string text, IReadOnlyList<Choice> choices)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || normalized.Length > 500)
        {
            yield break;
        }

        var tokens = normalized.Split(' ').Where(t => !StopWords.Contains(t)).ToArray();
        for (var i = 0; i < choices.Count; i++)
        {
            var best = 0.0;
            foreach (var phrase in Phrases(choices[i]))
            {
                best = Math.Max(best, ScorePhrase(normalized, tokens, phrase));
            }

            if (best >= Threshold)
            {
                yield return new FoundChoice(choices[i].Value, i, best);
            }
        }
    }

    private static IEnumerable<string> Phrases(Choice choice)
    {
        yield return TextNormalizer.Normalize(choice.Title);
        yield return TextNormalizer.Normalize(choice.Value);
        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return TextNormalizer.Normalize(synonym);
        }
    }

    private static double ScorePhrase(string normalized, string[] tokens, string phrase)
    {
        if (phrase.Length == 0)
        {
            return 0;
        }

        if (normalized == phrase)
        {
            return 1.0;
        }

        if (normalized.Length <= phrase.Length + 3 && phrase.Length >= 4 && EditDistance.Between(normalized, phrase) <= EditDistance.Tolerance(phrase.Length))
        {
            return 0.95;
        }

        var phraseTokens = phrase.Split(' ').Where(t => !StopWords.Contains(t)).ToArray();
        if (phraseTokens.Length == 0 || tokens.Length == 0)
        {
            return 0;
        }

        var matched = phraseTokens.Count(p => tokens.Any(t => EditDistance.IsCloseTo(t, p) || (p.Length >= 5 && t.Length >= 5 && (t.StartsWith(p, StringComparison.Ordinal) || p.StartsWith(t, StringComparison.Ordinal)))));
        if (matched == 0)
        {
            return 0;
        }

        // Coverage of the phrase counts most; a long utterance that happens to contain the phrase scores a bit lower.
        var coverage = (double)matched / phraseTokens.Length;
        var precision = Math.Min(1.0, (double)matched / tokens.Length);
        return (0.8 * coverage) + (0.2 * precision);
    }
}
