using Participatie.Rules.Engine;

namespace Participatie.Host.Regels;

/// <summary>
/// The rule sets in use (buurtselectie, ondersteuning, routering), in one thread-safe engine. Loaded from
/// <c>workflows-json/rules</c> at start; a file with errors is reported with its locations and not used,
/// so an invalid rule set never replaces a valid one.
/// </summary>
public sealed partial class RegelsetCatalog
{
    public const string Buurtselectie = "buurtselectie";
    public const string Ondersteuning = "ondersteuning";
    public const string Routering = "routering";

    private readonly ILogger<RegelsetCatalog> logger;
    private readonly Dictionary<string, string> versies = new(StringComparer.Ordinal);

    public RegelsetCatalog(IConfiguration configuration, TimeProvider clock, ILogger<RegelsetCatalog> logger)
    {
        this.logger = logger;
        Directory = configuration["Participatie:RulesDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "workflows-json", "rules");
        Engine = new RuleEngine(new RuleSettings { TimeProvider = clock });
        LoadAll();
    }

    public RuleEngine Engine { get; }

    public string Directory { get; }

    /// <summary>Located problems of the files that could not be loaded.</summary>
    public IReadOnlyList<string> Problemen { get; private set; } = [];

    /// <summary>Version stamp of a rule set: file name and the first 12 hex digits of its SHA-256.</summary>
    public string? Versie(string workflow) => versies.GetValueOrDefault(workflow);

    public IReadOnlyList<RuleResultTree> Execute(string workflow, string inputName, object input, CancellationToken ct = default) =>
        Engine.ExecuteAllRules(workflow, [new RuleParameter(inputName, input)], ct);

    private void LoadAll()
    {
        var problems = new List<string>();
        if (System.IO.Directory.Exists(Directory))
        {
            foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
            {
                var result = Engine.AddOrUpdateFromFile(file);
                if (!result.Succeeded)
                {
                    problems.AddRange(result.Errors.Select(e => e.ToString()));
                    continue;
                }

                var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))[..12].ToLowerInvariant();
                versies[Path.GetFileNameWithoutExtension(file)] = $"{Path.GetFileName(file)}@{hash}";
            }
        }

        foreach (var problem in problems)
        {
            LogInvalid(problem);
        }

        Problemen = problems;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Rule set not loaded: {Problem}")]
    private partial void LogInvalid(string problem);
}
