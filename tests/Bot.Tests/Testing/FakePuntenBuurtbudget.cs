using Participatie.Bot.Diensten;

namespace Participatie.Bot.Tests.Testing;

/// <summary>
/// A points round open for voting (code ABCD-EFGH-JKMN): 10 points per voter, at most 6 a project, at most € 1.000 of
/// projects with points; the Host's whole-ballot check as the page has it.
/// </summary>
public sealed class FakePuntenBuurtbudget : IBuurtbudgetDiensten
{
    public const string Code = FakeBuurtbudget.Code;

    public BuurtbudgetStembiljet Biljet { get; } = new(11, "Buurtbudget Ruwaard", null, 1000m, new DateTime(2027, 1, 1),
        [new("1", "Speeltuin", 600m), new("2", "Bankjes", 300m), new("3", "Moestuin", 450m)], PuntenPerKiezer: 10, MaxPuntenPerProject: 6);

    public List<(int RondeId, string Code, Dictionary<string, int> Punten)> Stemmen { get; } = [];

    public Task<IReadOnlyList<BuurtbudgetRondeInfo>> RondesVoorVoorstellenAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BuurtbudgetRondeInfo>>([]);

    public Task<BuurtbudgetVoorstelUitkomst> DienVoorstelInAsync(BuurtbudgetVoorstelAanvraag aanvraag, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<BuurtbudgetStembiljet?> StembiljetAsync(string stemcode, CancellationToken cancellationToken) =>
        Task.FromResult(stemcode == Code ? Biljet : null);

    public Task<IReadOnlyList<string>> ControleerAsync(int rondeId, IReadOnlyList<string> projecten, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(["Deze ronde stemt met punten."]);

    public Task<BuurtbudgetStemResultaat> StemAsync(int rondeId, string stemcode, IReadOnlyList<string> projecten, int? geboortejaar, CancellationToken cancellationToken) =>
        throw new NotSupportedException("a points round takes no approval ballot");

    public Task<IReadOnlyList<string>> ControleerPuntenAsync(int rondeId, IReadOnlyDictionary<string, int> punten, CancellationToken cancellationToken)
    {
        var kosten = Biljet.Projecten.Where(p => punten.GetValueOrDefault(p.Code) > 0).Sum(p => p.Kosten);
        return Task.FromResult<IReadOnlyList<string>>(kosten > 1000m ? ["De projecten met punten kosten samen te veel."] : []);
    }

    public Task<BuurtbudgetStemResultaat> StemMetPuntenAsync(int rondeId, string stemcode, IReadOnlyDictionary<string, int> punten, int? geboortejaar, CancellationToken cancellationToken)
    {
        var eerder = Stemmen.Any(s => s.Code == stemcode);
        Stemmen.Add((rondeId, stemcode, punten.ToDictionary()));
        return Task.FromResult(eerder ? BuurtbudgetStemResultaat.Vervangen : BuurtbudgetStemResultaat.Geteld);
    }
}
