namespace Participatie.Workflows.Activities.Scheduling;

/// <summary>
/// A parsed cron expression with seconds (<c>s m h dom mon dow</c>; five fields mean seconds = 0). Supports
/// <c>*</c>, <c>?</c>, numbers, ranges, lists and steps. Error messages follow Elsa's wording.
/// </summary>
public sealed class CronSchedule
{
    private static readonly (string Name, int Min, int Max)[] Fields =
    [
        ("Seconds", 0, 59), ("Minutes", 0, 59), ("Hours", 0, 23), ("Days of month", 1, 31), ("Months", 1, 12), ("Days of week", 0, 7),
    ];

    private readonly bool[][] _allowed;
    private readonly bool _domStar;
    private readonly bool _dowStar;

    private CronSchedule(bool[][] allowed, bool domStar, bool dowStar)
    {
        _allowed = allowed;
        _domStar = domStar;
        _dowStar = dowStar;
    }

    /// <summary>Parses; returns null with an error message when invalid.</summary>
    public static CronSchedule? Parse(string expression, out string? error)
    {
        error = null;
        var parts = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 5) parts = ["0", .. parts];
        var allowed = new bool[6][];
        for (var i = 0; i < 6; i++)
        {
            var (name, min, max) = Fields[i];
            if (i >= parts.Length)
            {
                error = Prefix + $"{name}: Value is missing.";
                return null;
            }
            allowed[i] = new bool[max + 1];
            if (!ParseField(parts[i], min, max, allowed[i]))
            {
                error = Prefix + $"{name}: Value must be a number between {min} and {max} (all inclusive).";
                return null;
            }
        }
        if (parts.Length > 6)
        {
            error = Prefix + "Too many fields.";
            return null;
        }
        if (allowed[5][7]) allowed[5][0] = true;
        return new CronSchedule(allowed, parts[3] is "*" or "?", parts[5] is "*" or "?");
    }

    private const string Prefix = "Error when parsing cron expression: The given cron expression has an invalid format. ";

    private static bool ParseField(string field, int min, int max, bool[] allowed)
    {
        foreach (var part in field.Split(','))
        {
            var step = 1;
            var range = part;
            var slash = part.IndexOf('/');
            if (slash >= 0)
            {
                if (!int.TryParse(part[(slash + 1)..], out step) || step <= 0) return false;
                range = part[..slash];
            }
            int from, to;
            if (range is "*" or "?")
            {
                from = min;
                to = max;
            }
            else if (range.IndexOf('-') is var dash and > 0)
            {
                if (!int.TryParse(range[..dash], out from) || !int.TryParse(range[(dash + 1)..], out to)) return false;
            }
            else
            {
                if (!int.TryParse(range, out from)) return false;
                to = slash >= 0 ? max : from;
            }
            if (from < min || to > max || from > to) return false;
            for (var v = from; v <= to; v += step) allowed[v] = true;
        }
        return true;
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/> (UTC), within four years.</summary>
    public DateTimeOffset? Next(DateTimeOffset after)
    {
        var t = new DateTimeOffset(after.UtcDateTime.Year, after.UtcDateTime.Month, after.UtcDateTime.Day, after.UtcDateTime.Hour, after.UtcDateTime.Minute, after.UtcDateTime.Second, TimeSpan.Zero).AddSeconds(1);
        var limit = t.AddYears(4);
        while (t < limit)
        {
            if (!_allowed[4][t.Month]) { t = new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1); continue; }
            if (!DayMatches(t)) { t = new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, TimeSpan.Zero).AddDays(1); continue; }
            if (!_allowed[2][t.Hour]) { t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero).AddHours(1); continue; }
            if (!_allowed[1][t.Minute]) { t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero).AddMinutes(1); continue; }
            if (!_allowed[0][t.Second]) { t = t.AddSeconds(1); continue; }
            return t;
        }
        return null;
    }

    private bool DayMatches(DateTimeOffset t)
    {
        var dom = _allowed[3][t.Day];
        var dow = _allowed[5][(int)t.DayOfWeek];
        if (_domStar) return dow;
        if (_dowStar) return dom;
        return dom || dow;
    }
}
