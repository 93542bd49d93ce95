using System.Globalization;
using System.Text;

namespace Participatie.Host.Features.Uitwisseling;

/// <summary>
/// TF-IDF over the title and description of initiatives, with Dutch (and a few English) stop words and a light Dutch
/// stemmer, and cosine similarity between two documents. Explainable: the shared key words are the terms that add most
/// to the cosine.
/// </summary>
public sealed class TekstGelijkenis
{
    private static readonly HashSet<string> Stopwoorden = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "van", "in", "op", "te", "voor", "met", "aan", "bij", "uit", "om", "tot", "door", "over", "naar",
        "is", "zijn", "was", "wordt", "worden", "werd", "heeft", "hebben", "had", "kan", "kunnen", "wil", "willen", "zal", "zullen",
        "moet", "moeten", "mag", "ook", "nog", "al", "als", "dan", "dat", "die", "dit", "deze", "er", "hier", "daar", "waar", "wat",
        "wie", "hoe", "niet", "geen", "wel", "maar", "of", "want", "dus", "zo", "zoals", "meer", "veel", "weinig", "alle", "alles",
        "iets", "ieder", "elke", "elk", "we", "wij", "ons", "onze", "ik", "mijn", "je", "jij", "jouw", "u", "uw", "hij", "zij", "ze",
        "hun", "haar", "hem", "men", "samen", "graag", "even", "heel", "erg", "keer", "per", "jaar", "week", "dag", "buurt",
        "buurten", "wijk", "straat", "bewoners", "bewoner", "initiatief", "idee", "plan", "organiseren", "maken", "doen", "gaan",
        "komen", "nieuwe", "nieuw", "goed", "mooi", "leuk", "the", "a", "an", "and", "of", "to", "for", "with", "our", "we", "in",
    };

    private readonly Dictionary<string, double> idf;
    private readonly int documenten;

    /// <summary>Learns the document frequencies from the corpus (every initiative's text).</summary>
    public TekstGelijkenis(IEnumerable<string> corpus)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tekst in corpus)
        {
            documenten++;
            foreach (var term in Termen(tekst).Distinct())
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        idf = df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + documenten) / (1.0 + kv.Value)) + 1.0, StringComparer.Ordinal);
    }

    /// <summary>The TF-IDF vector of a text, normalised to length 1.</summary>
    public IReadOnlyDictionary<string, double> Vector(string tekst)
    {
        var tf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in Termen(tekst))
        {
            tf[term] = tf.GetValueOrDefault(term) + 1;
        }

        // A term the corpus never saw is as rare as can be.
        var onbekend = Math.Log(1.0 + documenten) + 1.0;
        var vector = tf.ToDictionary(kv => kv.Key, kv => (1 + Math.Log(kv.Value)) * idf.GetValueOrDefault(kv.Key, onbekend), StringComparer.Ordinal);
        var lengte = Math.Sqrt(vector.Values.Sum(w => w * w));
        return lengte == 0 ? vector : vector.ToDictionary(kv => kv.Key, kv => kv.Value / lengte, StringComparer.Ordinal);
    }

    /// <summary>The cosine of two normalised vectors, and the shared terms ordered by what they contribute.</summary>
    public static (double Cosinus, IReadOnlyList<string> Gedeeld) Vergelijk(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        var bijdragen = a.Where(kv => b.ContainsKey(kv.Key))
            .Select(kv => (Term: kv.Key, Bijdrage: kv.Value * b[kv.Key]))
            .OrderByDescending(x => x.Bijdrage).ThenBy(x => x.Term, StringComparer.Ordinal)
            .ToList();
        return (bijdragen.Sum(x => x.Bijdrage), bijdragen.Select(x => x.Term).ToList());
    }

    /// <summary>Lower-case words without accents, stop words and very short words, lightly stemmed.</summary>
    public static IEnumerable<string> Termen(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            yield break;
        }

        var woord = new StringBuilder();
        foreach (var c in (tekst + " ").Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                woord.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (woord.Length > 0)
            {
                var w = woord.ToString();
                woord.Clear();
                if (w.Length >= 3 && !Stopwoorden.Contains(w) && !w.All(char.IsDigit))
                {
                    yield return Stam(w);
                }
            }
        }
    }

    /// <summary>A light Dutch stemmer: plurals and diminutives fold together (moestuinen, moestuintje → moestuin).</summary>
    public static string Stam(string w)
    {
        foreach (var achtervoegsel in new[] { "tjes", "etjes", "jes", "tje", "je", "en", "s" })
        {
            if (w.Length - achtervoegsel.Length >= 4 && w.EndsWith(achtervoegsel, StringComparison.Ordinal))
            {
                w = w[..^achtervoegsel.Length];
                break;
            }
        }

        // Undo the doubled consonant of a plural (bomen stays, "ballen" → "ball" → "bal").
        if (w.Length >= 4 && w[^1] == w[^2] && !"aeiou".Contains(w[^1], StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        return w;
    }
}
