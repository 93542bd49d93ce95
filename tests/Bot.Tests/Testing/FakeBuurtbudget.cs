using Participatie.Bot.Diensten;

namespace Participatie.Bot.Tests.Testing;

/// <summary>
/// A buurtbudget with one round taking proposals and one open for voting (code ABCD-EFGH-JKMN), with the Host's
/// ballot limits: at most two projects and € 1.000 together.
/// </summary>
public sealed class FakeBuurtbudget : IBuurtbudgetDiensten
{
    public const string Code = "ABCD-EFGH-JKMN";

    public List<BuurtbudgetRondeInfo> Rondes { get; } = [new(7, "Buurtbudget 2027", "Schadewijk", 10_000m)];

    public List<BuurtbudgetVoorstelAanvraag> Voorstellen { get; } = [];

    public List<(int RondeId, string Code, IReadOnlyList<string> Projecten)> Stemmen { get; } = [];

    public BuurtbudgetStembiljet Biljet { get; } = new(9, "Buurtbudget Schadewijk", 2, 1000m, new DateTime(2027, 1, 1),
        [new("1", "Speeltuin", 600m), new("2", "Bankjes", 300m), new("3", "Moestuin", 450m)]);

    public Task<IReadOnlyList<BuurtbudgetRondeInfo>> RondesVoorVoorstellenAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BuurtbudgetRondeInfo>>(Rondes);

    public Task<BuurtbudgetVoorstelUitkomst> DienVoorstelInAsync(BuurtbudgetVoorstelAanvraag aanvraag, CancellationToken cancellationToken)
    {
        Voorstellen.Add(aanvraag);
        var past = aanvraag.Kosten <= Rondes.Single(r => r.Id == aanvraag.RondeId).Budget;
        return Task.FromResult(new BuurtbudgetVoorstelUitkomst(true, past,
            past ? ["Het voorstel voldoet aan de voorwaarden."] : ["De geraamde kosten zijn hoger dan het hele budget."], []));
    }

    public Task<BuurtbudgetStembiljet?> StembiljetAsync(string stemcode, CancellationToken cancellationToken) =>
        Task.FromResult(stemcode == Code ? MetLeeftijd ?? Biljet : null);

    public Task<IReadOnlyList<string>> ControleerAsync(int rondeId, IReadOnlyList<string> projecten, CancellationToken cancellationToken)
    {
        var fouten = new List<string>();
        if (projecten.Count == 0)
        {
            fouten.Add("Kies minstens één project.");
        }

        if (projecten.Any(p => Biljet.Projecten.All(x => x.Code != p)))
        {
            fouten.Add("Deze projecten staan niet op het stembiljet.");
        }

        if (projecten.Count > 2)
        {
            fouten.Add("Kies hoogstens 2 projecten.");
        }

        if (Biljet.Projecten.Where(p => projecten.Contains(p.Code)).Sum(p => p.Kosten) > 1000m)
        {
            fouten.Add("De gekozen projecten kosten samen te veel.");
        }

        return Task.FromResult<IReadOnlyList<string>>(fouten);
    }

    public BuurtbudgetStembiljet? MetLeeftijd { get; set; }

    public List<int?> Geboortejaren { get; } = [];

    /// <summary>Voting has closed since the ballot was shown: the Host refuses the ballot and stores nothing.</summary>
    public bool Gesloten { get; set; }

    public Task<BuurtbudgetStemResultaat> StemAsync(int rondeId, string stemcode, IReadOnlyList<string> projecten, int? geboortejaar, CancellationToken cancellationToken)
    {
        Geboortejaren.Add(geboortejaar);
        if (Gesloten)
        {
            return Task.FromResult(BuurtbudgetStemResultaat.Gesloten);
        }

        var eerder = Stemmen.Any(s => s.Code == stemcode);
        Stemmen.Add((rondeId, stemcode, projecten));
        return Task.FromResult(eerder ? BuurtbudgetStemResultaat.Vervangen : BuurtbudgetStemResultaat.Geteld);
    }
}
