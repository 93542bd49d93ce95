using System.Collections.Immutable;
using Participatie.Rules.Engine;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// The rule sets in use (buurtselectie, ondersteuning, routering) in one thread-safe engine: always the newest
/// published version of each. Versions live in the database (<see cref="RegelsetBeheer"/>); the shipped files in
/// <c>workflows-json/rules</c> are imported as version 1. A version the engine cannot load never replaces the one in use.
/// </summary>
public sealed partial class RegelsetCatalog
{
    public const string Buurtselectie = "buurtselectie";
    public const string Ondersteuning = "ondersteuning";
    public const string Routering = "routering";
    public const string Uitdaagrecht = "uitdaagrecht";

    private readonly Lock gate = new();
    private readonly ILogger<RegelsetCatalog> logger;
    private ImmutableDictionary<string, ActieveRegelset> actief = ImmutableDictionary<string, ActieveRegelset>.Empty.WithComparers(StringComparer.Ordinal);

    public RegelsetCatalog(IConfiguration configuration, RuleEngine engine, RuleSettings instellingen, ILogger<RegelsetCatalog> logger)
    {
        this.logger = logger;
        Directory = configuration["Participatie:RulesDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "workflows-json", "rules");
        Instellingen = instellingen;
        Engine = engine;
    }

    public RuleEngine Engine { get; }

    /// <summary>The settings of the engine; a draft is tried in a separate engine with the same settings.</summary>
    public RuleSettings Instellingen { get; }

    /// <summary>The shipped rule files, imported when a rule set has no version yet.</summary>
    public string Directory { get; }

    /// <summary>Located problems of rule files that could not be imported.</summary>
    public IReadOnlyList<string> Problemen { get; private set; } = [];

    public IReadOnlyCollection<ActieveRegelset> Actief => actief.Values.OrderBy(r => r.Naam, StringComparer.Ordinal).ToList();

    public ActieveRegelset? Gepubliceerd(string naam) => actief.GetValueOrDefault(naam);

    /// <summary>Version stamp of the rule set in use, e.g. <c>buurtselectie v3 @1a2b3c4d5e6f</c>.</summary>
    public string? Versie(string naam) => Gepubliceerd(naam)?.Stempel;

    public IReadOnlyList<RuleResultTree> Execute(string naam, string inputName, object input, CancellationToken ct = default) =>
        Engine.ExecuteAllRules(naam, [new RuleParameter(inputName, input)], ct);

    /// <summary>
    /// Puts a published version in use from the next evaluation on. An older or the same version is ignored;
    /// one the engine refuses leaves the current version in use and returns the engine's located errors.
    /// </summary>
    public RegistrationResult Activeer(ActieveRegelset regelset)
    {
        lock (gate)
        {
            if (actief.TryGetValue(regelset.Naam, out var huidig) && huidig.Nummer >= regelset.Nummer)
            {
                return new RegistrationResult(true, []);
            }

            var result = Engine.AddOrUpdateFromJson(regelset.Json, regelset.Naam + ".json");
            if (result.Succeeded)
            {
                actief = actief.SetItem(regelset.Naam, regelset);
                LogActivated(regelset.Stempel);
            }
            else
            {
                LogRefused(regelset.Stempel, string.Join(Environment.NewLine, result.Errors));
            }

            return result;
        }
    }

    internal void MeldProblemen(IReadOnlyList<string> problemen)
    {
        Problemen = problemen;
        foreach (var problem in problemen)
        {
            LogInvalid(problem);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Rule set not loaded: {Problem}")]
    private partial void LogInvalid(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rule set in use: {Version}")]
    private partial void LogActivated(string version);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The engine refused published rule set {Version}; the previous version stays in use: {Errors}")]
    private partial void LogRefused(string version, string errors);
}
