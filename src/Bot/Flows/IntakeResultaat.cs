namespace Participatie.Bot.Flows;

/// <summary>What the intake dialog ends with: the new initiative's reference number.</summary>
public sealed record IntakeResultaat(string Referentie);
