using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Rules.Compilation;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Engine;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// Runs rule set text that is not published yet on real buurten or initiatives: the test panel (each rule's
/// outcome with the values it used) and the what-if comparison with the published version.
/// </summary>
public sealed class RegelsetProef(RegelsetCatalog catalog, RegelsetControle controle, RegelInvoerFactory invoer, ParticipatieDbContext db)
{
    /// <summary>A buurt or initiative the rules can be run on.</summary>
    public sealed record Invoer(string Sleutel, string Naam, string Detail, object Waarde);

    public sealed record GebruikteWaarde(string Naam, object? Waarde);

    public sealed record RegelUitkomst(string Naam, bool Geslaagd, string Uitleg, object? Uitvoer, IReadOnlyList<GebruikteWaarde> Waarden, IReadOnlyList<RegelUitkomst>? Subregels);

    public sealed record ProefResultaat(string Sleutel, string Naam, string Detail, IReadOnlyList<RegelUitkomst> Regels);

    public sealed record ProefUitkomst(IReadOnlyList<Diagnostic> Fouten, IReadOnlyList<ProefResultaat> Resultaten);

    /// <summary>Every buurt or initiative, or only those with the given codes or references.</summary>
    public async Task<IReadOnlyList<Invoer>> InvoerAsync(RegelsetSoort soort, IReadOnlyList<string>? sleutels, CancellationToken ct)
    {
        if (soort.OverBuurten)
        {
            var buurten = await invoer.BuurtenAsync(sleutels is null ? null : db.Buurten.Where(b => sleutels.Contains(b.Code)), ct);
            return buurten.OrderBy(b => b.Code, StringComparer.Ordinal)
                .Select(b => new Invoer(b.Code, b.Naam, $"wijk {b.WijkNaam}", b))
                .ToList();
        }

        if (soort.InvoerType == typeof(Uitdaagrecht.UitdaagrechtRegelInvoer))
        {
            return await Uitdaagrecht.UitdaagrechtService.ProefInvoerAsync(db, sleutels, ct);
        }

        var query = db.Initiatieven.AsNoTracking().Include(i => i.Buurt).AsQueryable();
        if (sleutels is not null)
        {
            query = query.Where(i => sleutels.Contains(i.Referentie));
        }

        var initiatieven = await query.OrderBy(i => i.Referentie).ToListAsync(ct);
        var result = new List<Invoer>(initiatieven.Count);
        foreach (var initiatief in initiatieven)
        {
            result.Add(new Invoer(initiatief.Referentie, initiatief.Titel, $"{initiatief.Buurt?.Naam} · {initiatief.Status}", await invoer.InitiatiefAsync(initiatief, ct)));
        }

        return result;
    }

    /// <summary>The options for the test panel: code or reference, name and where.</summary>
    public async Task<(IReadOnlyList<Invoer> Buurten, IReadOnlyList<Invoer> Initiatieven)> KeuzesAsync(CancellationToken ct)
    {
        var buurten = await db.Buurten.AsNoTracking().OrderBy(b => b.Code)
            .Select(b => new Invoer(b.Code, b.Naam, "wijk " + b.Wijk!.Naam, b.Code)).ToListAsync(ct);
        var initiatieven = await db.Initiatieven.AsNoTracking().OrderBy(i => i.Referentie)
            .Select(i => new Invoer(i.Referentie, i.Titel, i.Buurt!.Naam, i.Referentie)).ToListAsync(ct);
        return (buurten, initiatieven);
    }

    /// <summary>Runs <paramref name="json"/> (not published) on each input; an invalid text gives its problems and no results.</summary>
    public ProefUitkomst Draai(RegelsetSoort soort, string json, IReadOnlyList<Invoer> invoerLijst, CancellationToken ct)
    {
        var (engine, fouten) = Laad(soort.Naam, json);
        if (engine is null)
        {
            return new ProefUitkomst(fouten, []);
        }

        var evaluator = new ExpressionCompiler(new ExpressionCompilerOptions { TimeProvider = catalog.Instellingen.TimeProvider });
        var resultaten = invoerLijst
            .Select(i => new ProefResultaat(i.Sleutel, i.Naam, i.Detail,
                engine.ExecuteAllRules(soort.Naam, [new RuleParameter(soort.InvoerNaam, i.Waarde)], ct).Select(r => Uitkomst(r, evaluator)).ToList()))
            .ToList();
        return new ProefUitkomst(fouten, resultaten);
    }

    /// <summary>Compares <paramref name="json"/> with the published version over every buurt or initiative.</summary>
    public async Task<WatAls> VergelijkAsync(RegelsetSoort soort, string json, int aantal, CancellationToken ct)
    {
        var (engine, fouten) = Laad(soort.Naam, json);
        var gepubliceerd = catalog.Gepubliceerd(soort.Naam);
        if (engine is null || gepubliceerd is null)
        {
            return WatAls.Leeg(soort, gepubliceerd?.Nummer, fouten);
        }

        var invoerLijst = await InvoerAsync(soort, null, ct);
        var vergelijkingen = invoerLijst
            .Select(i => new WatAls.Paar(i,
                catalog.Execute(soort.Naam, soort.InvoerNaam, i.Waarde, ct),
                engine.ExecuteAllRules(soort.Naam, [new RuleParameter(soort.InvoerNaam, i.Waarde)], ct)))
            .ToList();
        return WatAls.Bereken(soort, gepubliceerd.Nummer, vergelijkingen, aantal, fouten);
    }

    private (RuleEngine? Engine, IReadOnlyList<Diagnostic> Fouten) Laad(string naam, string json)
    {
        var uitkomst = controle.Controleer(naam, json);
        return (uitkomst.Geldig ? uitkomst.Proef : null, uitkomst.Problemen);
    }

    private static RegelUitkomst Uitkomst(RuleResultTree tree, ExpressionCompiler evaluator)
    {
        var waarden = new List<GebruikteWaarde>();
        foreach (var pad in ValuePaths.Find(tree.Rule.Expression))
        {
            var evaluation = evaluator.Evaluate(pad, tree.Inputs);
            waarden.Add(new GebruikteWaarde(pad, evaluation.Success ? RegelWaarden.AlsJson(evaluation.Value) : "(onbekend)"));
        }

        return new RegelUitkomst(
            tree.Rule.RuleName,
            tree.IsSuccess,
            tree.IsSuccess ? tree.Rule.SuccessEvent ?? "" : tree.ExceptionMessage,
            RegelWaarden.AlsJson(tree.ActionResult?.Output),
            waarden,
            tree.ChildResults?.Select(c => Uitkomst(c, evaluator)).ToList());
    }
}
