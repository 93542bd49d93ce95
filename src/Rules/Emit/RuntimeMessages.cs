namespace Participatie.Rules.Emit;

/// <summary>Turns exceptions from evaluating a rule into messages a policy officer can act on.</summary>
internal static class RuntimeMessages
{
    public static string Describe(Exception exception) => exception switch
    {
        RuleRuntimeException rule => rule.Message,
        NullReferenceException => "Een gebruikte waarde is leeg (null), zodat er geen veld of functie van gelezen kan worden.",
        DivideByZeroException => "Deling door nul.",
        InvalidCastException => "Een waarde heeft een andere soort dan de regel verwacht.",
        IndexOutOfRangeException or ArgumentOutOfRangeException => "Een index valt buiten de lijst of tekst.",
        InvalidOperationException when exception.Message.Contains("no elements", StringComparison.OrdinalIgnoreCase)
            => "De lijst is leeg, dus er is geen eerste/laatste element (gebruik FirstOrDefault).",
        InvalidOperationException when exception.Message.Contains("Nullable object must have a value", StringComparison.OrdinalIgnoreCase)
            => "Een waarde is leeg (null), terwijl de regel een waarde nodig heeft.",
        OverflowException => "Een getal is te groot of te klein voor deze berekening.",
        _ => exception.Message,
    };
}
