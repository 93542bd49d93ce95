namespace Participatie.Bot.Diensten;

/// <summary>
/// News about an initiative for its resident (from the routing workflow's NotifyResident), turned into a
/// proactive message by <see cref="Flows.ProactiveMessageFactory"/>. <see cref="Bericht"/> is already in the conversation's language.
/// </summary>
public sealed record InitiatiefMelding(string Referentie, string Titel, string Bericht, string? HuidigeStap = null);
