namespace Participatie.Bot.Diensten;

/// <summary>
/// A service refuses a resident's request with a message meant for them (e.g. too many wrong codes tried). The bot
/// shows that message in the turn's language instead of its general apology; the turn's state is not saved, so the
/// conversation stays where it was.
/// </summary>
public sealed class BewonerGeweigerdException(string nederlands, string engels) : Exception(nederlands)
{
    public string Nederlands { get; } = nederlands;

    public string Engels { get; } = engels;

    public string Tekst(string? locale) => locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Engels : Nederlands;
}
