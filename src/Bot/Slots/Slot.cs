namespace Participatie.Bot.Slots;

/// <summary>
/// One fact found in an utterance: its kind, its normalised value, and the words that gave it (<see cref="Bron"/>),
/// so every slot can be explained to the resident and in tests.
/// </summary>
public sealed record Slot(SlotSoort Soort, string Waarde, string Bron);
