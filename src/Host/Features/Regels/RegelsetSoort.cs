using Participatie.Rules.Compilation;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// What the product knows about a rule set: the input its rules get (name and type) and what it decides.
/// The editor checks drafts against this input, and the test panel and what-if feed it real buurten or initiatives.
/// </summary>
public sealed record RegelsetSoort(string Naam, string InvoerNaam, Type InvoerType, string Omschrijving)
{
    public static readonly RegelsetSoort Buurtselectie = new(RegelsetCatalog.Buurtselectie, "buurt", typeof(BuurtRegelInvoer),
        "Welke buurten het doe-democratieprogramma selecteert, en met welke prioriteit.");

    public static readonly RegelsetSoort Ondersteuning = new(RegelsetCatalog.Ondersteuning, "initiatief", typeof(InitiatiefRegelInvoer),
        "Voor welke ondersteuning een bewonersinitiatief in aanmerking komt.");

    public static readonly RegelsetSoort Routering = new(RegelsetCatalog.Routering, "initiatief", typeof(InitiatiefRegelInvoer),
        "Wie een bewonersinitiatief behandelt en wie om advies wordt gevraagd.");

    public static readonly RegelsetSoort Uitdaagrecht = new(RegelsetCatalog.Uitdaagrecht, "uitdaging", typeof(Uitdaagrecht.UitdaagrechtRegelInvoer),
        "Of een verzoek van bewoners om een gemeentelijke taak over te nemen (uitdaagrecht) ontvankelijk is, en waarom.");

    public static IReadOnlyList<RegelsetSoort> Alle { get; } = [Buurtselectie, Ondersteuning, Routering, Uitdaagrecht];

    public bool OverBuurten => InvoerType == typeof(BuurtRegelInvoer);

    public IReadOnlyList<ExpressionParameter> Invoer => [new(InvoerNaam, InvoerType)];

    public static RegelsetSoort? Zoek(string naam) => Alle.FirstOrDefault(s => s.Naam == naam);
}
