namespace Participatie.Bot.Diensten;

/// <summary>
/// A kind of help a resident can ask for in the intake (money, a space, advice …), as the Host's catalogue defines it:
/// its <see cref="Code"/> (what the rules read), its name per language and the words residents use for it.
/// The bot knows no kinds of its own: it asks for the ones <see cref="IParticipatieDiensten.Hulpsoorten"/> gives.
/// </summary>
public sealed record Hulpsoort(
    string Code,
    IReadOnlyDictionary<string, string> Naam,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Synoniemen)
{
    /// <summary>The name in the turn's language; Dutch when the catalogue has none in it.</summary>
    public string NaamIn(string? locale) =>
        Naam.TryGetValue(Taal(locale), out var naam) ? naam : Naam.TryGetValue("nl", out var nl) ? nl : Code;

    /// <summary>Every word that picks this kind, in all languages (a resident may answer in either), the code included.</summary>
    public IReadOnlyList<string> AlleSynoniemen() =>
        [Code, .. Naam.Values, .. Synoniemen.Values.SelectMany(s => s)];

    /// <summary>Whether a stored value means this kind: its code, or a word for it (older conversations stored names).</summary>
    public bool Betekent(string waarde) =>
        AlleSynoniemen().Any(s => string.Equals(s, waarde, StringComparison.OrdinalIgnoreCase));

    private static string Taal(string? locale) =>
        string.IsNullOrEmpty(locale) ? "nl" : locale.Split('-', 2)[0].ToLowerInvariant();
}
