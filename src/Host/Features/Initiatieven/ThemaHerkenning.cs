using Participatie.Host.Domain;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>Guesses an initiative's theme from the resident's own words; staff can correct it later.</summary>
public static class ThemaHerkenning
{
    private static readonly (Thema Thema, string[] Woorden)[] Trefwoorden =
    [
        (Thema.Spelen, ["speel", "speeltuin", "kinderen", "schommel", "trapveld", "play"]),
        (Thema.Groen, ["groen", "tuin", "boom", "bomen", "bloem", "planten", "moestuin", "geveltuin", "garden", "tree"]),
        (Thema.Veiligheid, ["veilig", "verlichting", "preventie", "buurtwacht", "inbraak", "aed", "safety"]),
        (Thema.Sport, ["sport", "voetbal", "wandel", "bootcamp", "jeu de boules", "jeu-de-boules", "fiets", "loop", "walk"]),
        (Thema.Cultuur, ["muziek", "koor", "kunst", "film", "theater", "muurschildering", "cultuur", "music", "art"]),
        (Thema.Zorg, ["ouderen", "zorg", "eenzaam", "boodschappen", "maaltijd", "taalcafé", "taalcafe", "burenhulp", "elderly"]),
        (Thema.Duurzaamheid, ["repair", "energie", "zwerfafval", "afval", "duurzaam", "zonne", "deelauto", "deelbakfiets", "energy"]),
        (Thema.Ontmoeting, ["barbecue", "bbq", "feest", "koffie", "buurtdag", "burendag", "ontmoet", "borrel", "party", "picknick"]),
    ];

    public static Thema Herken(string tekst)
    {
        var lower = tekst.ToLowerInvariant();
        foreach (var (thema, woorden) in Trefwoorden)
        {
            if (woorden.Any(w => lower.Contains(w, StringComparison.Ordinal)))
            {
                return thema;
            }
        }

        return Thema.Anders;
    }
}
