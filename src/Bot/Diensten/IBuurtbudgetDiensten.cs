namespace Participatie.Bot.Diensten;

/// <summary>
/// What the buurtbudget dialogs need from the Host: rounds taking proposals, submitting one (judged by the
/// eligibility rules), and voting with a code — through the same service and storage as the public voting page.
/// </summary>
public interface IBuurtbudgetDiensten
{
    /// <summary>Rounds that take proposals now, soonest closing first.</summary>
    Task<IReadOnlyList<BuurtbudgetRondeInfo>> RondesVoorVoorstellenAsync(CancellationToken cancellationToken);

    /// <summary>Stores a proposal; the answer holds the rules' reasons (Dutch) or why it could not be stored.</summary>
    Task<BuurtbudgetVoorstelUitkomst> DienVoorstelInAsync(BuurtbudgetVoorstelAanvraag aanvraag, CancellationToken cancellationToken);

    /// <summary>The ballot of the round open for voting that this code belongs to; null when the code fits no open round.</summary>
    Task<BuurtbudgetStembiljet?> StembiljetAsync(string stemcode, CancellationToken cancellationToken);

    /// <summary>Why these projects are not a valid ballot for the round (empty when they are): the page's own checks.</summary>
    Task<IReadOnlyList<string>> ControleerAsync(int rondeId, IReadOnlyList<string> projecten, CancellationToken cancellationToken);

    /// <summary>Casts (or replaces) the ballot of this code.</summary>
    Task<BuurtbudgetStemResultaat> StemAsync(int rondeId, string stemcode, IReadOnlyList<string> projecten, int? geboortejaar, CancellationToken cancellationToken);

    /// <summary>Why these points (project code → points) are not a valid ballot for a points round (empty when they are): the page's own checks.</summary>
    Task<IReadOnlyList<string>> ControleerPuntenAsync(int rondeId, IReadOnlyDictionary<string, int> punten, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(["Stemmen met punten kan hier niet."]);

    /// <summary>Casts (or replaces) the points ballot of this code.</summary>
    Task<BuurtbudgetStemResultaat> StemMetPuntenAsync(int rondeId, string stemcode, IReadOnlyDictionary<string, int> punten, int? geboortejaar, CancellationToken cancellationToken) =>
        Task.FromResult(BuurtbudgetStemResultaat.OngeldigBiljet);
}

public sealed record BuurtbudgetRondeInfo(int Id, string Naam, string Buurt, decimal Budget);

public sealed record BuurtbudgetVoorstelAanvraag(int RondeId, string Titel, string Omschrijving, decimal Kosten, string? Plek, string? Contact);

/// <summary>Stored (<see cref="Opgeslagen"/>) and eligible or not with the rules' reasons; or not stored, with <see cref="Fouten"/>.</summary>
public sealed record BuurtbudgetVoorstelUitkomst(bool Opgeslagen, bool Ontvankelijk, IReadOnlyList<string> Redenen, IReadOnlyList<string> Fouten);

/// <summary>
/// The ballot of a round; <see cref="MinimumLeeftijd"/>: the voter declares a birth year first;
/// <see cref="PuntenPerKiezer"/>: a points ballot (the voter distributes that many points, at most <see cref="MaxPuntenPerProject"/> a project).
/// </summary>
public sealed record BuurtbudgetStembiljet(int RondeId, string Naam, int? MaxProjecten, decimal? MaxBedrag, DateTime StemmenTot, IReadOnlyList<BuurtbudgetKeuze> Projecten,
    int? MinimumLeeftijd = null, int? PuntenPerKiezer = null, int? MaxPuntenPerProject = null);

public sealed record BuurtbudgetKeuze(string Code, string Titel, decimal Kosten);

public enum BuurtbudgetStemResultaat
{
    Geteld,
    Vervangen,
    OngeldigeCode,
    Gesloten,
    OngeldigBiljet,
    TeJong,
}
