namespace Participatie.Bot.Slots;

/// <summary>
/// What the extractor understood from one utterance: the facts, whether it is a question (never an answer), and
/// whether it corrects an earlier answer ("nee, het is in de Kruidenhof").
/// </summary>
public sealed record SlotResultaat(IReadOnlyList<Slot> Slots, bool IsVraag, bool IsCorrectie)
{
    public static readonly SlotResultaat Leeg = new([], false, false);

    public bool Heeft(SlotSoort soort) => Slots.Any(s => s.Soort == soort);

    /// <summary>The value of the first slot of this kind, or null.</summary>
    public string? Waarde(SlotSoort soort) => Slots.FirstOrDefault(s => s.Soort == soort)?.Waarde;

    public IEnumerable<string> Waarden(SlotSoort soort) => Slots.Where(s => s.Soort == soort).Select(s => s.Waarde);
}
