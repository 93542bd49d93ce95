namespace Participatie.Host.Domain;

/// <summary>
/// Working-day arithmetic for deadlines: weekends and the fixed Dutch public holidays (New Year, King's
/// Day, Christmas) do not count. Easter-based holidays are not modelled; a deadline may then fall a
/// day early, never late.
/// </summary>
public static class Werkdagen
{
    public static DateTimeOffset Tel(DateTimeOffset start, int werkdagen)
    {
        var dag = start;
        var stap = werkdagen >= 0 ? 1 : -1;
        for (var over = Math.Abs(werkdagen); over > 0;)
        {
            dag = dag.AddDays(stap);
            if (IsWerkdag(dag))
            {
                over--;
            }
        }

        return dag;
    }

    public static bool IsWerkdag(DateTimeOffset dag) =>
        dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !(dag.Month == 1 && dag.Day == 1)
        && !(dag.Month == 4 && dag.Day == 27)
        && !(dag.Month == 12 && dag.Day is 25 or 26);
}
