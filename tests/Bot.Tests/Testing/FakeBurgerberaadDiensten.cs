using Participatie.Bot.Diensten;

namespace Participatie.Bot.Tests.Testing;

/// <summary>One open beraad with one valid code; records what the dialog registers. A second registration with the same code updates.</summary>
public sealed class FakeBurgerberaadDiensten : IBurgerberaadDiensten
{
    public const string Code = "ABCD-EFGH-JK23";

    public BurgerberaadCodeUitkomst Uitkomst { get; set; } = BurgerberaadCodeUitkomst.Open;

    public List<BurgerberaadKenmerk> Kenmerken { get; } =
    [
        new BurgerberaadKenmerk("leeftijd", ["16-29", "30-49", "50-64", "65+"]),
        new BurgerberaadKenmerk("woning", ["huur", "koop"]),
    ];

    public BurgerberaadVragen Beraad => new(7, "Hoe gaan we om met hitte?", "Wijk 01 Centrum", new DateTime(2030, 5, 1, 10, 0, 0, DateTimeKind.Utc), Kenmerken);

    public List<string> GezochteCodes { get; } = [];

    public List<BurgerberaadAanmeldVerzoek> Aanmeldingen { get; } = [];

    public Task<BurgerberaadZoekResultaat> ZoekBeraadAsync(string code, CancellationToken cancellationToken)
    {
        GezochteCodes.Add(code);
        return Task.FromResult(code == Code
            ? new BurgerberaadZoekResultaat(Uitkomst, Uitkomst == BurgerberaadCodeUitkomst.Open ? Beraad : null)
            : new BurgerberaadZoekResultaat(BurgerberaadCodeUitkomst.Onbekend));
    }

    public Task<BurgerberaadAanmeldResultaat> MeldAanAsync(BurgerberaadAanmeldVerzoek verzoek, CancellationToken cancellationToken)
    {
        var nieuw = Aanmeldingen.All(a => a.Code != verzoek.Code);
        Aanmeldingen.Add(verzoek);
        return Task.FromResult(BurgerberaadAanmeldResultaat.Opgeslagen(nieuw, "v-abcd2345"));
    }
}
