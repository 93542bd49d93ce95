using System.Globalization;
using System.Text.RegularExpressions;

namespace Participatie.Bot.Recognizers;

/// <summary>
/// Recognises a date relative to today, in Dutch or English: "15 maart", "15 maart 2027", "march 15",
/// "15-03-2027", "15/3", "2027-03-15", "vandaag", "morgen", "overmorgen", "vrijdag", "volgende week vrijdag",
/// "over 3 weken", "in 2 months", "volgende maand", "begin april", "eind mei". Dates without a year lie ahead.
/// </summary>
public static partial class DateRecognizer
{
    private static readonly (string Name, int Month)[] MonthNames =
    [
        ("januari", 1), ("january", 1), ("jan", 1), ("februari", 2), ("february", 2), ("feb", 2), ("maart", 3), ("march", 3), ("mrt", 3), ("mar", 3),
        ("april", 4), ("apr", 4), ("mei", 5), ("may", 5), ("juni", 6), ("june", 6), ("jun", 6), ("juli", 7), ("july", 7), ("jul", 7),
        ("augustus", 8), ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("oktober", 10), ("october", 10), ("okt", 10), ("oct", 10),
        ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ];

    private static readonly (string Name, DayOfWeek Day)[] DayNames =
    [
        ("maandag", DayOfWeek.Monday), ("monday", DayOfWeek.Monday), ("ma", DayOfWeek.Monday), ("mon", DayOfWeek.Monday),
        ("dinsdag", DayOfWeek.Tuesday), ("tuesday", DayOfWeek.Tuesday), ("di", DayOfWeek.Tuesday), ("tue", DayOfWeek.Tuesday),
        ("woensdag", DayOfWeek.Wednesday), ("wednesday", DayOfWeek.Wednesday), ("wo", DayOfWeek.Wednesday), ("wed", DayOfWeek.Wednesday),
        ("donderdag", DayOfWeek.Thursday), ("thursday", DayOfWeek.Thursday), ("do", DayOfWeek.Thursday), ("thu", DayOfWeek.Thursday),
        ("vrijdag", DayOfWeek.Friday), ("friday", DayOfWeek.Friday), ("vr", DayOfWeek.Friday), ("fri", DayOfWeek.Friday),
        ("zaterdag", DayOfWeek.Saturday), ("saturday", DayOfWeek.Saturday), ("za", DayOfWeek.Saturday), ("sat", DayOfWeek.Saturday),
        ("zondag", DayOfWeek.Sunday), ("sunday", DayOfWeek.Sunday), ("zo", DayOfWeek.Sunday), ("sun", DayOfWeek.Sunday),
    ];

    public static bool TryRecognize(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return false;
        }

        return TryNumeric(text, today, out date) || TryWords(text, today, out date);
    }

    private static bool TryNumeric(string text, DateOnly today, out DateOnly date)
    {
        date = default;
        var iso = Iso().Match(text);
        if (iso.Success)
        {
            return TryCreate(Int(iso.Groups["y"].Value), Int(iso.Groups["m"].Value), Int(iso.Groups["d"].Value), out date);
        }

        var dmy = DayMonthYear().Match(text);
        if (!dmy.Success)
        {
            return false;
        }

        var day = Int(dmy.Groups["d"].Value);
        var month = Int(dmy.Groups["m"].Value);
        if (dmy.Groups["y"].Success && dmy.Groups["y"].Length > 0)
        {
            var year = Int(dmy.Groups["y"].Value);
            if (dmy.Groups["y"].Length == 2)
            {
                year += 2000;
            }

            return TryCreate(year, month, day, out date);
        }

        return TryAhead(today, month, day, out date);
    }

    private static bool TryWords(string text, DateOnly today, out DateOnly date)
    {
        date = default;
        var tokens = TextNormalizer.Tokens(text);
        if (tokens.Length == 0 || tokens.Length > 12)
        {
            return false;
        }

        var joined = string.Join(' ', tokens);
        switch (joined)
        {
            case "vandaag" or "today" or "nu" or "now":
                date = today;
                return true;
            case "morgen" or "tomorrow" or "morge" or "tomorow":
                date = today.AddDays(1);
                return true;
            case "overmorgen" or "day after tomorrow" or "the day after tomorrow":
                date = today.AddDays(2);
                return true;
            case "volgende week" or "next week" or "komende week":
                date = NextWeekday(today.AddDays(7 - DaysSinceMonday(today)), DayOfWeek.Monday, allowSame: true);
                return true;
            case "volgende maand" or "next month" or "komende maand":
                date = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
                return true;
            case "volgend jaar" or "next year" or "komend jaar":
                date = new DateOnly(today.Year + 1, 1, 1);
                return true;
        }

        if (TryOffset(tokens, today, out date))
        {
            return true;
        }

        var yearToken = tokens.Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && t.Length == 4 && y is >= 2000 and <= 2100 ? y : 0).FirstOrDefault(y => y > 0);
        var month = FindMonth(tokens, out var monthIndex);
        if (month > 0)
        {
            var day = FindDayNumber(tokens, monthIndex);
            if (day < 0)
            {
                return false;
            }

            if (day == 0)
            {
                var part = tokens.Take(monthIndex).LastOrDefault();
                day = part switch
                {
                    "half" or "midden" or "medio" or "mid" or "middle" => 15,
                    "eind" or "einde" or "eend" or "end" or "late" or "uiterlijk" => -1,
                    _ => 1,
                };
            }

            var year = yearToken > 0 ? yearToken : today.Year;
            if (day == -1)
            {
                day = DateTime.DaysInMonth(year, month);
            }

            if (yearToken > 0)
            {
                return TryCreate(year, month, day, out date);
            }

            return TryAhead(today, month, day, out date);
        }

        var weekday = FindWeekday(tokens);
        if (weekday is { } dayOfWeek)
        {
            var nextWeek = ContainsPhrase(tokens, "volgende week") || ContainsPhrase(tokens, "next week") || ContainsPhrase(tokens, "komende week");
            if (nextWeek)
            {
                var mondayNextWeek = today.AddDays(7 - DaysSinceMonday(today));
                date = mondayNextWeek.AddDays(((int)dayOfWeek + 6) % 7);
                return true;
            }

            // "vrijdag", "aanstaande vrijdag", "next friday": the first such day after today.
            date = NextWeekday(today.AddDays(1), dayOfWeek, allowSame: true);
            return true;
        }

        return false;
    }

    private static bool TryOffset(string[] tokens, DateOnly today, out DateOnly date)
    {
        date = default;
        var index = Array.FindIndex(tokens, t => t is "over" or "in" or "binnen" or "within");
        if (index < 0 || index + 1 >= tokens.Length)
        {
            return false;
        }

        var rest = tokens[(index + 1)..];
        var unitIndex = Array.FindIndex(rest, t => Unit(t) != 0);
        if (unitIndex < 0)
        {
            return false;
        }

        var amountText = string.Join(' ', rest.Take(unitIndex));
        int amount;
        if (amountText.Length == 0 || amountText is "een" or "a" or "an" or "one")
        {
            amount = 1;
        }
        else if (NumberRecognizer.TryRecognize(amountText, english: false, out var number) && number is > 0 and <= 1000 && number == decimal.Truncate(number))
        {
            amount = (int)number;
        }
        else
        {
            return false;
        }

        switch (Unit(rest[unitIndex]))
        {
            case 1:
                date = today.AddDays(amount);
                return true;
            case 7:
                date = today.AddDays(7 * amount);
                return true;
            case 30:
                date = today.AddMonths(amount);
                return true;
            case 365:
                date = today.AddYears(amount);
                return true;
            default:
                return false;
        }
    }

    private static int Unit(string token) => token switch
    {
        "dag" or "dagen" or "day" or "days" => 1,
        "week" or "weken" or "weeks" => 7,
        "maand" or "maanden" or "month" or "months" => 30,
        "jaar" or "jaren" or "year" or "years" => 365,
        _ => 0,
    };

    private static int FindMonth(string[] tokens, out int index)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var (name, month) in MonthNames)
            {
                var exact = tokens[i] == name;
                var typo = name.Length >= 5 && tokens[i].Length >= 4 && tokens[i] is not "maar" and not "maand" && EditDistance.IsCloseTo(tokens[i], name);
                if (exact || typo)
                {
                    index = i;
                    return month;
                }
            }
        }

        index = -1;
        return 0;
    }

    /// <summary>The day number next to the month name: 0 when there is none, -1 when there is one but it is no valid day.</summary>
    private static int FindDayNumber(string[] tokens, int monthIndex)
    {
        var before = monthIndex - 1;
        if (before > 0 && tokens[before] is "of" or "van")
        {
            before--;
        }

        foreach (var i in new[] { before, monthIndex + 1 })
        {
            if (i < 0 || i >= tokens.Length)
            {
                continue;
            }

            var token = tokens[i];
            foreach (var suffix in new[] { "ste", "de", "st", "nd", "rd", "th", "e" })
            {
                if (token.Length > suffix.Length && token.EndsWith(suffix, StringComparison.Ordinal) && char.IsAsciiDigit(token[0]))
                {
                    token = token[..^suffix.Length];
                    break;
                }
            }

            if (token.Length <= 2 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                return day is >= 1 and <= 31 ? day : -1;
            }
        }

        return 0;
    }

    private static DayOfWeek? FindWeekday(string[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var (name, day) in DayNames)
            {
                var exact = tokens[i] == name && (name.Length > 2 || tokens.Length <= 2);
                var typo = name.Length >= 6 && EditDistance.IsCloseTo(tokens[i], name);
                if (exact || typo)
                {
                    return day;
                }
            }
        }

        return null;
    }

    private static bool ContainsPhrase(string[] tokens, string phrase) =>
        (" " + string.Join(' ', tokens) + " ").Contains(" " + phrase + " ", StringComparison.Ordinal);

    private static int DaysSinceMonday(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;

    private static DateOnly NextWeekday(DateOnly from, DayOfWeek day, bool allowSame)
    {
        var delta = ((int)day - (int)from.DayOfWeek + 7) % 7;
        if (delta == 0 && !allowSame)
        {
            delta = 7;
        }

        return from.AddDays(delta);
    }

    private static bool TryAhead(DateOnly today, int month, int day, out DateOnly date)
    {
        if (TryCreate(today.Year, month, day, out date) && date >= today)
        {
            return true;
        }

        return TryCreate(today.Year + 1, month, day, out date);
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<!\d)(?<y>(19|20|21)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d.,])(?<d>\d{1,2})\s?[-/.]\s?(?<m>\d{1,2})(\s?[-/.]\s?(?<y>\d{4}|\d{2}))?(?![\d,])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DayMonthYear();
}
