using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Participatie.Bot.Diensten;
using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Slots;

/// <summary>
/// Finds the facts of an initiative in any utterance — the opening sentence as well as an answer or a correction:
/// title, place (buurt or street name as typed, postcode), start date, amount, number of people, kinds of help,
/// theme, with whom and contact details. Deterministic and explainable: every <see cref="Slot"/> carries the words
/// that gave it. Each recogniser blanks the words it used, so one number never fills two slots (a postcode is not a
/// number of people, a date's day is not an amount). Names are resolved elsewhere: a place is the text the resident
/// typed; the dialog asks the Host which buurt it is (with typo tolerance there).
/// </summary>
public sealed partial class SlotExtractor
{
    private const int MaxLength = 2000;

    /// <summary>Words that name help in general, not a kind: "welke ondersteuning" asks about support, it does not pick "advies".</summary>
    private static readonly HashSet<string> GeneriekeHulpwoorden =
        ["ondersteuning", "hulp", "help", "support", "steun", "contact", "iemand", "someone", "place", "raad"];

    /// <summary>A kind of help named right after these words is not asked for ("eigen bijdrage", "geen geld nodig", "openbare ruimte").</summary>
    private static readonly HashSet<string> HulpUitsluiters =
        ["eigen", "own", "openbare", "public", "geen", "niet", "no", "not", "zonder", "without"];

    private static readonly string[] TitelAchtervoegsels =
    [
        "feest", "fest", "festival", "barbecue", "bbq", "markt", "tuin", "tuinen", "tuintje", "tuintjes", "actie", "dag", "middag", "avond",
        "ochtend", "toernooi", "concert", "wandeling", "tocht", "cafe", "bieb", "ontbijt", "diner", "maaltijd", "borrel", "picknick",
        "workshop", "cursus", "club", "bankje", "bankjes", "speeltuin", "schildering", "kast", "kastje", "voorstelling", "bingo", "quiz",
        "party", "garden", "market", "cleanup", "picnic", "tournament", "playground", "dinner", "breakfast", "lunch", "walk", "fair",
        "mural", "bench", "benches", "concerto", "potluck", "festivalletje", "spelmiddag", "opruimactie",
    ];

    private static readonly HashSet<string> GeenTitel =
    [
        "dag", "vandaag", "zaterdag", "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "feestdag", "verjaardag", "vanavond",
        "vanmiddag", "vanochtend", "goedemiddag", "goedenavond", "goedemorgen", "middag", "avond", "ochtend", "actie", "tuin", "walk", "club", "fair", "lunch", "markt", "market", "kast",
    ];

    /// <summary>Before an English title word these make it a two-word title ("street party", "community garden").</summary>
    private static readonly HashSet<string> EngelseTitelVoorwoorden =
    [
        "street", "block", "community", "neighbourhood", "neighborhood", "summer", "christmas", "flea", "food", "kids", "repair", "clean",
        "garden", "football", "chess", "music", "book", "winter", "spring", "autumn",
    ];

    private static readonly (string Thema, string[] Stammen, string[] Woorden)[] Themas =
    [
        ("Spelen", ["speel", "spelen", "playground"], ["play", "games"]),
        ("Sport", ["sport", "voetbal", "toernooi", "bootcamp", "wandel", "fiets", "yoga", "football", "soccer", "tournament", "hardloop", "zwem", "schaak", "chess"], ["run", "walk"]),
        ("Duurzaamheid", ["afval", "opruim", "schoonmaak", "cleanup", "litter", "duurza", "zonnepan", "repair", "compost", "energie", "klimaat", "recycl"], ["clean"]),
        ("Cultuur", ["muziek", "concert", "theater", "kunst", "cultuur", "music", "mural", "muurschilder", "voorlees", "bieb", "dans", "film", "toneel"], ["art"]),
        ("Zorg", ["ouderen", "eenzaam", "mantelzorg", "elderly", "lonely", "senioren", "zorg", "boodschappen"], []),
        ("Veiligheid", ["veilig", "verlichting", "preventie", "inbraak", "safety", "verkeer", "drempel"], ["safe"]),
        ("Ontmoeting", ["feest", "bbq", "barbecue", "koffie", "ontmoet", "burendag", "borrel", "maaltijd", "diner", "etentje", "picknick", "party", "picnic", "potluck", "dinner", "ontbijt", "breakfast", "kerst", "christmas", "bingo", "quiz", "buurtcafe"], ["meet", "fest", "lunch"]),
        ("Groen", ["tuin", "groen", "bomen", "boom", "planten", "garden", "bloembak", "boomspiegel", "plant"], ["tree", "trees"]),
    ];

    private static readonly HashSet<string> GeenPlaats =
    [
        "buurt", "wijk", "hof", "park", "dorp", "veld", "straat", "laan", "weg", "plein", "kade", "hoek", "erf", "speelveld", "voetbalveld",
        "sportveld", "grasveld", "trapveld", "schoolplein", "woonwijk", "nieuwbouwwijk", "stadspark", "buurtpark", "speelhof", "binnenhof",
        "achterbuurt", "rondweg", "snelweg", "zijstraat", "hoofdstraat", "onderweg", "woonerf", "marktplein", "dorpsplein", "wijkpark",
        "binnenplaats", "speelplaats", "zandweg", "fietspad", "kerkplein", "thuisweg", "achterom", "moestuinveld", "oostkant", "westkant",
    ];

    private static readonly HashSet<string> GeenPlaatsNaam =
    [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "january", "february", "march", "may", "june", "july", "august", "october", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
        "zaterdag", "zondag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "nederland", "holland",
        "ik", "wij", "we", "het", "de", "een", "the", "i", "euro", "eur", "totaal", "begin", "eind", "half", "zomer", "winter", "voorjaar", "najaar",
        "het", "ons", "onze", "mijn", "our", "my", "buurthuis", "wijkcentrum", "straat", "buurt", "wijk", "park", "tuin", "school",
    ];

    /// <summary>Two letters after four digits that are a word, not a postcode: "in 2027 en", "1500 of", "4 at".</summary>
    private static readonly HashSet<string> TweeLetterWoorden =
    [
        "en", "of", "in", "op", "om", "is", "te", "at", "to", "or", "on", "an", "as", "be", "by", "do", "he", "if", "it", "me", "my", "no", "so",
        "up", "us", "we", "ik", "je", "nu", "al", "na", "ca", "er", "is", "eu",
    ];

    private static readonly HashSet<string> Vraagwoorden =
        ["wat", "welke", "welk", "hoe", "waarom", "hoeveel", "what", "which", "how", "why", "wanneer", "waar"];

    private static readonly HashSet<string> VraagOpeningen =
    [
        "kan ik", "kunnen we", "kunnen wij", "kun je", "kunt u", "mag ik", "mogen we", "is het", "krijg ik", "krijgen we", "heb ik", "moet ik",
        "can i", "can we", "could i", "could we", "is it", "do i", "do we", "may i", "are there", "is there", "zijn er", "is er",
    ];

    private static readonly HashSet<string> CorrectieWoorden =
        ["nee", "neen", "no", "nope", "niet", "sorry", "oeps", "oops", "correctie", "wacht", "eigenlijk", "actually", "pardon"];

    private readonly List<(string Code, string Woord, bool Frase, string? Taal)> _hulpwoorden;

    public SlotExtractor(IReadOnlyList<Hulpsoort> hulpsoorten)
    {
        ArgumentNullException.ThrowIfNull(hulpsoorten);
        _hulpwoorden = [.. hulpsoorten
            .SelectMany(h => new[] { h.Code }.Concat(h.Naam.Values).Select(w => (h.Code, Woord: w, Taal: (string?)null))
                .Concat(h.Synoniemen.SelectMany(s => s.Value.Select(w => (h.Code, Woord: w, Taal: (string?)s.Key)))))
            .Select(x => (x.Code, Woord: TextNormalizer.Normalize(x.Woord), x.Taal))
            .Where(x => x.Woord.Length > 0 && !GeneriekeHulpwoorden.Contains(x.Woord))
            .Distinct()
            .Select(x => (x.Code, x.Woord, x.Woord.Contains(' ', StringComparison.Ordinal), x.Taal))];
    }

    /// <summary>The facts in <paramref name="text"/>; dates relative to <paramref name="today"/> (the turn's clock, never the wall clock).</summary>
    public SlotResultaat Extract(string? text, DateOnly today, bool english)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return SlotResultaat.Leeg;
        }

        try
        {
            return Lees(text, today, english);
        }
        catch (RegexMatchTimeoutException)
        {
            // Hostile or pathological input: understanding nothing is the safe answer; the prompt still gets the text.
            // The patterns' time-outs are 2 s, not less: they are wall-clock, and 200 ms was reached on a busy machine by
            // scheduling alone (the same sentence then understood differently); the input is at most 2,000 characters.
            return SlotResultaat.Leeg;
        }
    }

    private SlotResultaat Lees(string text, DateOnly today, bool english)
    {
        var werk = new Werktekst(text);
        var slots = new List<Slot>();
        ZoekContact(werk, slots);
        ZoekPostcode(werk, slots);
        ZoekDatum(werk, today, slots);
        ZoekBedrag(werk, english, slots);
        ZoekAantal(werk, slots);
        ZoekMetWie(werk, slots);
        ZoekPlaats(werk, slots);
        ZoekHulp(werk, english, slots);
        ZoekThema(werk, slots);
        ZoekTitel(werk, english, slots);

        var tokens = TextNormalizer.Tokens(text);
        return new SlotResultaat(slots, IsVraag(text, tokens), tokens.Length > 0 && IsCorrectie(tokens) && slots.Count > 0);
    }

    private static bool IsVraag(string text, string[] tokens)
    {
        if (tokens.Length == 0)
        {
            return false;
        }

        if (text.TrimEnd().EndsWith('?'))
        {
            return true;
        }

        if (tokens.Length >= 3 && Vraagwoorden.Contains(tokens[0]))
        {
            return true;
        }

        return tokens.Length >= 3 && VraagOpeningen.Contains(tokens[0] + " " + tokens[1]);
    }

    private static bool IsCorrectie(string[] tokens) =>
        CorrectieWoorden.Contains(tokens[0])
        || (tokens.Length > 2 && (tokens[0], tokens[1]) is ("ik", "bedoel") or ("i", "mean") or ("het", "is") or ("it", "is") or ("het", "moet"));

    private static void ZoekContact(Werktekst werk, List<Slot> slots)
    {
        foreach (Match m in Email().Matches(werk.Tekst))
        {
            if (ContactRecognizer.TryRecognizeEmail(m.Value, out var email))
            {
                slots.Add(new Slot(SlotSoort.Contact, email, m.Value));
                werk.Wis(m);
            }
        }

        foreach (Match m in Telefoon().Matches(werk.Tekst))
        {
            if (ContactRecognizer.TryRecognizePhone(m.Value, out var telefoon))
            {
                slots.Add(new Slot(SlotSoort.Contact, telefoon, m.Value.Trim()));
                werk.Wis(m);
            }
        }
    }

    private static void ZoekPostcode(Werktekst werk, List<Slot> slots)
    {
        foreach (Match m in Postcode().Matches(werk.Tekst))
        {
            var letters = m.Groups["letters"].Value;
            var spatie = m.Groups["sep"].Length > 0;
            var jaartal = int.Parse(m.Groups["digits"].Value, CultureInfo.InvariantCulture) is >= 1900 and <= 2100;
            if (spatie && letters.All(char.IsLower) && (TweeLetterWoorden.Contains(letters) || jaartal))
            {
                continue;
            }

            if (TweeLetterWoorden.Contains(letters.ToLowerInvariant()) && spatie && !letters.All(char.IsUpper))
            {
                continue;
            }

            if (PostcodeRecognizer.TryRecognize(m.Value, out var postcode))
            {
                slots.Add(new Slot(SlotSoort.Postcode, postcode, m.Value.Trim()));
                werk.Wis(m);
            }
        }
    }

    private static void ZoekDatum(Werktekst werk, DateOnly today, List<Slot> slots)
    {
        foreach (Match m in Datum().Matches(werk.Tekst))
        {
            // "end of June" is "end June" to the date recogniser, which reads the word just before the month.
            var tekst = EindVan().Replace(m.Value, "$1 ");
            if (DateRecognizer.TryRecognize(tekst, today, out var datum))
            {
                slots.Add(new Slot(SlotSoort.Startdatum, datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Value.Trim()));
                werk.Wis(m);
                return;
            }
        }
    }

    private static void ZoekBedrag(Werktekst werk, bool english, List<Slot> slots)
    {
        var tekst = werk.Tekst;
        foreach (var patroon in new[] { BedragMetValuta(), BedragNaKosten() })
        {
            // Overlapping tries: "ongeveer € 1.200" first matches "ongeveer €" (no number), then "€ 1.200".
            for (var m = patroon.Match(tekst); m.Success; m = m.Index + 1 < tekst.Length ? patroon.Match(tekst, m.Index + 1) : Match.Empty)
            {
                var getal = Anderhalf(m.Groups["n"].Value);
                if (AmountRecognizer.TryRecognize(getal, english, out var bedrag) && bedrag > 0)
                {
                    slots.Add(new Slot(SlotSoort.Bedrag, bedrag.ToString(CultureInfo.InvariantCulture), m.Value.Trim()));
                    werk.Wis(m);
                    return;
                }
            }
        }
    }

    /// <summary>"anderhalf duizend" and "anderhalve ton" are how Dutch people say 1500 and 150000; the number recogniser knows no halves.</summary>
    private static string Anderhalf(string tekst)
    {
        var t = tekst.ToLowerInvariant().Trim();
        t = AnderhalfPatroon().Replace(t, m => m.Groups[1].Value switch
        {
            "duizend" => "1500",
            "ton" => "150000",
            "miljoen" => "1500000",
            _ => "1,5",
        });
        return TonPatroon().Replace(t, "100000");
    }

    private static void ZoekAantal(Werktekst werk, List<Slot> slots)
    {
        foreach (var patroon in new[] { AantalManOf(), AantalMetMensen() })
        {
            foreach (Match m in patroon.Matches(werk.Tekst))
            {
                var n = m.Groups["n"].Value;
                if (n.ToLowerInvariant() is "een" or "a" or "an" or "one" or "de" or "the")
                {
                    // "een man", "a man": an article, not a count.
                    continue;
                }

                if (!NumberRecognizer.TryRecognize(n, english: false, out var aantal) && !NumberRecognizer.TryRecognize(n, english: true, out aantal))
                {
                    continue;
                }

                if (aantal is < 1 or > 100_000 || aantal != decimal.Truncate(aantal))
                {
                    continue;
                }

                slots.Add(new Slot(SlotSoort.Aantal, ((int)aantal).ToString(CultureInfo.InvariantCulture), m.Value.Trim()));
                werk.WisGetal(m.Groups["n"]);
                return;
            }
        }
    }

    private static void ZoekMetWie(Werktekst werk, List<Slot> slots)
    {
        var m = MetWie().Match(werk.Origineel);
        if (m.Success)
        {
            var waarde = m.Value.Trim();
            slots.Add(new Slot(SlotSoort.MetWie, waarde, waarde));
        }
    }

    private static void ZoekPlaats(Werktekst werk, List<Slot> slots)
    {
        var gevonden = new List<(int Index, string Naam, string Bron)>();
        foreach (Match m in PlaatsAchtervoegsel().Matches(werk.Tekst))
        {
            var naam = m.Groups["p"].Value;
            var kern = TextNormalizer.Normalize(naam.Split('-')[0]);
            if (GeenPlaats.Contains(kern) || kern.StartsWith("buurt", StringComparison.Ordinal) && kern.Length < 8 || kern.Length < 5)
            {
                continue;
            }

            gevonden.Add((m.Groups["p"].Index, naam, m.Value.Trim()));
        }

        foreach (var patroon in new[] { PlaatsNaVoorzetsel(), PlaatsNaWijk() })
        {
            foreach (Match m in patroon.Matches(werk.Tekst))
            {
                var naam = m.Groups["p"].Value.Trim();
                var woorden = TextNormalizer.Tokens(naam);
                if (woorden.Length == 0 || woorden.Any(GeenPlaatsNaam.Contains) || naam.Length < 3)
                {
                    continue;
                }

                var index = m.Groups["p"].Index;
                if (gevonden.Any(g => index < g.Index + g.Naam.Length && g.Index < index + naam.Length))
                {
                    continue;
                }

                gevonden.Add((index, naam, m.Value.Trim()));
            }
        }

        foreach (var (index, naam, bron) in gevonden.OrderBy(g => g.Index))
        {
            slots.Add(new Slot(SlotSoort.Plaats, naam, bron));
            werk.Wis(index, naam.Length);
        }
    }

    private void ZoekHulp(Werktekst werk, bool english, List<Slot> slots)
    {
        var woorden = Woorden().Matches(werk.Tekst).Select(m => (m.Value, Norm: TextNormalizer.Normalize(m.Value))).Where(w => w.Norm.Length > 0).ToList();
        var genormaliseerd = " " + string.Join(' ', woorden.Select(w => w.Norm)) + " ";
        var codes = new List<(int Positie, string Code, string Bron)>();
        var taal = english ? "en" : "nl";
        foreach (var (code, woord, frase, woordTaal) in _hulpwoorden)
        {
            if (woord.Length <= 3 && woordTaal is not null && woordTaal != taal)
            {
                // A short word of the other language is often a common word here: English "van" is Dutch "of".
                continue;
            }

            if (frase)
            {
                var at = genormaliseerd.IndexOf(" " + woord + " ", StringComparison.Ordinal);
                if (at >= 0)
                {
                    codes.Add((at, code, woord));
                }

                continue;
            }

            for (var i = 0; i < woorden.Count; i++)
            {
                var token = woorden[i].Norm;
                var raak = token == woord || (woord.Length >= 6 && token.Length >= 6 && EditDistance.IsCloseTo(token, woord));
                if (!raak || (i > 0 && HulpUitsluiters.Contains(woorden[i - 1].Norm)) || (i > 1 && woorden[i - 2].Norm is "geen" or "no" && woorden[i - 1].Norm.Length > 0 && !Voegwoord(woorden[i - 1].Norm)))
                {
                    continue;
                }

                codes.Add((i, code, woorden[i].Value));
                break;
            }
        }

        foreach (var groep in codes.GroupBy(c => c.Code).Select(g => g.OrderBy(c => c.Positie).First()).OrderBy(c => c.Positie))
        {
            slots.Add(new Slot(SlotSoort.Hulp, groep.Code, groep.Bron));
        }
    }

    private static bool Voegwoord(string woord) => woord is "en" or "of" or "and" or "or";

    private static void ZoekThema(Werktekst werk, List<Slot> slots)
    {
        foreach (Match m in Woorden().Matches(werk.Tekst))
        {
            var token = TextNormalizer.Normalize(m.Value);
            foreach (var (thema, stammen, woorden) in Themas)
            {
                if (woorden.Contains(token) || stammen.Any(s => token.Contains(s, StringComparison.Ordinal)))
                {
                    slots.Add(new Slot(SlotSoort.Thema, thema, m.Value));
                    return;
                }
            }
        }
    }

    private static void ZoekTitel(Werktekst werk, bool english, List<Slot> slots)
    {
        var woorden = Woorden().Matches(werk.Tekst).ToList();
        for (var i = 0; i < woorden.Count; i++)
        {
            var token = TextNormalizer.Normalize(woorden[i].Value);
            if (token.Length < 3 || !TitelAchtervoegsels.Any(a => token.EndsWith(a, StringComparison.Ordinal)))
            {
                continue;
            }

            // "Christmas market" names an activity where "market" alone does not.
            var voorwoord = i > 0 && EngelseTitelVoorwoorden.Contains(TextNormalizer.Normalize(woorden[i - 1].Value))
                && woorden[i].Index - (woorden[i - 1].Index + woorden[i - 1].Length) <= 1;
            if (GeenTitel.Contains(token) && !voorwoord)
            {
                continue;
            }

            var titel = voorwoord ? woorden[i - 1].Value + " " + woorden[i].Value : woorden[i].Value;

            var waarde = char.ToUpper(titel[0], CultureInfo.InvariantCulture) + titel[1..].ToLowerInvariant();
            slots.Add(new Slot(SlotSoort.Titel, waarde, titel));
            return;
        }

        _ = english;
    }

    /// <summary>The utterance with the words already used blanked out, so the next recogniser cannot use them again.</summary>
    private sealed class Werktekst(string origineel)
    {
        private readonly StringBuilder _tekst = new(origineel);

        public string Origineel { get; } = origineel;

        public string Tekst => _tekst.ToString();

        public void Wis(Match match) => Wis(match.Index, match.Length);

        public void WisGetal(Group group) => Wis(group.Index, group.Length);

        public void Wis(int index, int length)
        {
            for (var i = index; i < index + length && i < _tekst.Length; i++)
            {
                _tekst[i] = ' ';
            }
        }
    }

    private const RegexOptions Opties = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Maand = @"(?:januari|january|jan|februari|february|feb|maart|march|mrt|april|apr|mei|may|juni|june|jun|juli|july|jul|augustus|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|december|dec)";

    private const string Weekdag = @"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    private const string Mensen = @"(?:buren|buurtbewoners|bewoners|buurtgenoten|mensen|personen|deelnemers|vrijwilligers|huishoudens|gezinnen|families|ouders|neighbours|neighbors|people|residents|volunteers|persons|participants|households|parents|vrienden|friends|man)";

    private const string Getal = @"(?:\b\d{1,6}|\b[a-zë]{1,30})";

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(\.[A-Za-z0-9\-]{1,63})*\.[A-Za-z]{2,24}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\d])(?:\+31|0031|0)[\s-]?(?:\(0\))?[1-9](?:[\s-]?\d){8}(?![\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Telefoon();

    [GeneratedRegex(@"(?<![\p{L}\d,.€])(?<digits>[1-9]\d{3})(?<sep>\s?-?\s?)(?<letters>[a-zA-Z]{2})(?![\p{L}\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Postcode();

    [GeneratedRegex(
        @"\b(?:(?:op\s+|on\s+)?" + Weekdag + @"\s+)?\d{1,2}(?:e|ste|de|st|nd|rd|th)?\s+(?:of\s+)?" + Maand + @"\b\.?(?:\s+\d{4})?"
        + @"|\b" + Maand + @"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?"
        + @"|\b(?:begin|half|eind|einde|midden|medio|early|mid|end|late)\s+(?:of\s+)?" + Maand + @"\b(?:\s+\d{4})?"
        + @"|\b(?:in|during)\s+" + Maand + @"\b(?:\s+\d{4})?"
        + @"|\b(?:over|binnen|within|in)\s+(?:(?:een|a|an|\d{1,3}|[a-z]+)\s+)?(?:dag|dagen|week|weken|maand|maanden|days?|weeks?|months?)\b"
        + @"|\b(?:volgende|komende|next)\s+(?:week|maand|month)(?:\s+" + Weekdag + @")?\b"
        + @"|\b(?:volgende|komende|next|aanstaande|deze|this|op|on)\s+" + Weekdag + @"\b"
        + @"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?\b"
        + @"|\b(?:overmorgen|morgen|tomorrow)\b",
        Opties, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Datum();

    [GeneratedRegex(
        @"(?:€|\beur\b|\beuro\b)\s*(?<n>\d[\d.,]*(?:,-{1,2}|\.-)?(?:\s?k\b|\s+(?:duizend|miljoen|thousand))?)"
        + @"|(?<n>(?:(?<![\d.,])\d[\d.,]{0,14}(?:\s?k)?|\b(?:anderhalf|anderhalve|[a-zë]{1,30})(?:\s+(?:duizend|honderd|thousand|hundred|ton|miljoen))?))\s*(?:,-{1,2}\s*)?(?:euro'?s?\b|eur\b|€)",
        Opties, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BedragMetValuta();

    [GeneratedRegex(@"\b(?:kost|kosten|kostte|budget|begroting|costs?|begroot)\b\D{0,25}?(?<n>\d[\d.,]*(?:\s?k\b)?)", Opties, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BedragNaKosten();

    [GeneratedRegex(
        @"(?:\b(?:een\s+stuk\s+of|ongeveer|zo'?n|circa|ca\.?|bijna|ruim|wel|about|around|some|roughly|approximately|like|maybe)\s+)?(?<n>" + Getal + @")\s+(?:(?:andere|enthousiaste|leuke|other|fellow|van\s+de|from\s+the)\s+)?" + Mensen + @"\b",
        Opties, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AantalMetMensen();

    [GeneratedRegex(@"\been\s+(?:man|stuk)\s+of\s+(?<n>" + Getal + @")(?:\s+(?:andere\s+)?" + Mensen + @")?\b", Opties, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AantalManOf();

    [GeneratedRegex(
        @"\b(?:samen\s+met|together\s+with|met|with)\s+(?:[\w'’]+\s+){0,4}?(?:buren|buurtbewoners|bewoners|buurtgenoten|huurdersvereniging|bewonerscommissie|school|kerk|moskee|vereniging|vrienden|vrijwilligers|ouders|neighbours|neighbors|residents|friends|volunteers|parents|tenants'?\s+association|church|club)\b",
        Opties, matchTimeoutMilliseconds: 2000)]
    private static partial Regex MetWie();

    [GeneratedRegex(@"(?<p>\b[\p{L}][\p{L}'’]*?(?:buurt|wijk|hof|hoven|park|dorp|kwartier|veld|velden|straat|laan|weg|plein|singel|kade|gracht|erf|akker|akkers|donk|polder|stad)(?:-(?:noord|zuid|oost|west|centrum|[A-Z][\p{L}]+))?)\b", Opties, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PlaatsAchtervoegsel();

    [GeneratedRegex(@"\b(?:in|bij|op|rond|near|at|around|uit|from)\s+(?:(?:de|het|the)\s+)?(?:(?:wijk|buurt|neighbourhood|neighborhood)\s+)?(?<p>[A-Z][\p{L}'’]+(?:-[A-Z]?[\p{L}]+)?(?:\s+(?:Noord|Zuid|Oost|West|[A-Z][\p{L}]+))?)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PlaatsNaVoorzetsel();

    [GeneratedRegex(@"\b(?:wijk|buurt|neighbourhood|neighborhood)\s+(?<p>[\p{L}][\p{L}'’]{3,}(?:-[\p{L}]+)?)", Opties, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PlaatsNaWijk();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d'’-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Woorden();

    [GeneratedRegex(@"anderhal(?:f|ve)\s*(duizend|ton|miljoen)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AnderhalfPatroon();

    [GeneratedRegex(@"\b(begin|early|mid|middle|end|late)\s+of\s+", Opties, matchTimeoutMilliseconds: 2000)]
    private static partial Regex EindVan();

    [GeneratedRegex(@"\been\s+ton\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TonPatroon();
}
