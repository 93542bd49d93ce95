using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Participatie.Host.Domain;
using Participatie.Rules.Compilation;
using Participatie.Rules.Diagnostics;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// The rules editor's staff API (role beleid or beheer): rule sets, the shared draft, checks and completion
/// for expressions, test runs, what-if, publishing, versions with their differences, roll back and the audit trail.
/// </summary>
public static class RegelsApi
{
    /// <summary>A rule set text larger than this is refused (the shipped ones are about 10 kB).</summary>
    public const int MaxJsonLengte = 1_000_000;

    public sealed record Fout(
        string Code, string Ernst, string Bericht, string? Workflow, string? Regel, IReadOnlyList<string>? Regelpad, string? Veld,
        int? Regelnummer, int? Kolom, int? ExpressieStart, int? ExpressieLengte, int? ExpressieKolom, string Tekst);

    public sealed record GepubliceerdSamenvatting(int Nummer, string Sha, string Door, DateTime Op, string? Toelichting);

    public sealed record ConceptSamenvatting(int Revisie, int? BasisVersie, string Door, DateTime Op, bool Geldig, int AantalFouten);

    public sealed record RegelsetSamenvatting(string Naam, string Invoer, string Omschrijving, GepubliceerdSamenvatting? Gepubliceerd, ConceptSamenvatting? Concept);

    public sealed record GepubliceerdDetail(int Nummer, string Sha, string Door, DateTime Op, string? Toelichting, string Json);

    public sealed record ConceptDetail(int Revisie, int? BasisVersie, string Door, DateTime Op, string Json, bool Geldig, IReadOnlyList<Fout> Fouten);

    public sealed record Veld(string Naam, string Type);

    public sealed record RegelsetDetail(string Naam, string Invoer, string Omschrijving, GepubliceerdDetail? Gepubliceerd, ConceptDetail? Concept, IReadOnlyList<Veld> Velden);

    public sealed record ConceptRequest(string? Json, int? Revisie);

    public sealed record ConceptResponse(int Revisie, int? BasisVersie, string Door, DateTime Op, bool Geldig, IReadOnlyList<Fout> Fouten);

    public sealed record ControleRequest(string? Json);

    public sealed record ControleResponse(bool Geldig, IReadOnlyList<Fout> Fouten);

    public sealed record ExpressieRequest(string? Json, IReadOnlyList<string>? Regelpad, string? Veld, string? Expressie, int? Positie);

    public sealed record ExpressieControleResponse(IReadOnlyList<Fout> Fouten);

    public sealed record Aanvulling(string Label, string Soort, string Detail);

    public sealed record AanvullingResponse(int Van, IReadOnlyList<Aanvulling> Aanvullingen);

    public sealed record TestRequest(string? Json, IReadOnlyList<string>? Buurten, IReadOnlyList<string>? Initiatieven, bool? Alle);

    public sealed record TestResponse(string Invoer, IReadOnlyList<Fout> Fouten, IReadOnlyList<RegelsetProef.ProefResultaat> Resultaten);

    public sealed record Keuze(string Sleutel, string Naam, string Detail);

    public sealed record KeuzesResponse(IReadOnlyList<Keuze> Buurten, IReadOnlyList<Keuze> Initiatieven);

    public sealed record WatAlsRequest(string? Json, int? Aantal);

    public sealed record WatAlsResponse(
        string Invoer, int? GepubliceerdeVersie, int AantalBeoordeeld, int AantalGewijzigd, IReadOnlyList<Fout> Fouten,
        IReadOnlyList<WatAls.RegelTelling> PerRegel, WatAls.Selectie? Selectie, IReadOnlyList<WatAls.Item> Items);

    public sealed record PublicatieRequest(int? Revisie, string? Toelichting);

    public sealed record TerugzetRequest(string? Toelichting);

    public sealed record Versie(int Nummer, string Sha, string Door, DateTime Op, string? Toelichting, string Bron, int? TeruggezetNaar, bool Actief);

    public sealed record VersieDetail(int Nummer, string Sha, string Door, DateTime Op, string? Toelichting, string Bron, int? TeruggezetNaar, bool Actief, string Json);

    public sealed record VerschilResponse(string Van, string Naar, IReadOnlyList<RegelsetVerschil.Wijziging> Wijzigingen, IReadOnlyList<RegelsetVerschil.Regel> Regels);

    public sealed record LogboekRegel(int Volgnummer, DateTime Op, string Door, string Actie, string Regelset, int Versie, int? VorigeVersie, string Sha, string? Toelichting, string Hash);

    public sealed record LogboekResponse(bool Intact, IReadOnlyList<LogboekRegel> Regels);

    public static RouteGroupBuilder MapRegelsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/regels").WithTags("Regels").RequireAuthorization(StaffRoles.Beleid);
        api.MapGet("/", ListAsync);
        api.MapGet("/audit", LogboekAsync);
        api.MapGet("/{naam}", GetAsync);
        api.MapPut("/{naam}/concept", BewaarConceptAsync);
        api.MapDelete("/{naam}/concept", VerwijderConceptAsync);
        api.MapPost("/{naam}/controle", Controleer);
        api.MapPost("/{naam}/expressie/controle", ControleerExpressie);
        api.MapPost("/{naam}/expressie/aanvulling", Aanvullingen);
        api.MapGet("/{naam}/keuzes", KeuzesAsync);
        api.MapPost("/{naam}/test", TestAsync);
        api.MapPost("/{naam}/watals", WatAlsAsync);
        api.MapPost("/{naam}/publiceren", PubliceerAsync);
        api.MapGet("/{naam}/versies", VersiesAsync);
        api.MapGet("/{naam}/versies/{nummer:int}", VersieAsync);
        api.MapPost("/{naam}/versies/{nummer:int}/terugzetten", ZetTerugAsync);
        api.MapGet("/{naam}/verschil", VerschilAsync);
        return api;
    }

    public static async Task<Ok<List<RegelsetSamenvatting>>> ListAsync(RegelsetCatalog catalog, RegelsetBeheer beheer, RegelsetControle controle, CancellationToken ct)
    {
        var lijst = new List<RegelsetSamenvatting>();
        foreach (var naam in Namen(catalog))
        {
            var gepubliceerd = catalog.Gepubliceerd(naam);
            var concept = await beheer.ConceptAsync(naam, ct);
            var fouten = concept is null ? [] : controle.Controleer(naam, concept.Json).Problemen.Where(p => p.IsError).ToList();
            var soort = RegelsetSoort.Zoek(naam);
            lijst.Add(new RegelsetSamenvatting(naam, soort?.InvoerNaam ?? "", soort?.Omschrijving ?? "",
                gepubliceerd is null ? null : new GepubliceerdSamenvatting(gepubliceerd.Nummer, gepubliceerd.Sha256[..12], gepubliceerd.Door, gepubliceerd.Op, gepubliceerd.Toelichting),
                concept is null ? null : new ConceptSamenvatting(concept.Revisie, concept.BasisVersie, concept.Door, concept.Op, fouten.Count == 0, fouten.Count)));
        }

        return TypedResults.Ok(lijst);
    }

    public static async Task<Results<Ok<RegelsetDetail>, NotFound>> GetAsync(string naam, RegelsetCatalog catalog, RegelsetBeheer beheer, RegelsetControle controle, CancellationToken ct)
    {
        if (!Bestaat(catalog, naam))
        {
            return TypedResults.NotFound();
        }

        var gepubliceerd = catalog.Gepubliceerd(naam);
        var concept = await beheer.ConceptAsync(naam, ct);
        var controleUitkomst = concept is null ? null : controle.Controleer(naam, concept.Json);
        var soort = RegelsetSoort.Zoek(naam);
        return TypedResults.Ok(new RegelsetDetail(
            naam,
            soort?.InvoerNaam ?? "",
            soort?.Omschrijving ?? "",
            gepubliceerd is null ? null : new GepubliceerdDetail(gepubliceerd.Nummer, gepubliceerd.Sha256[..12], gepubliceerd.Door, gepubliceerd.Op, gepubliceerd.Toelichting, gepubliceerd.Json),
            concept is null || controleUitkomst is null ? null : new ConceptDetail(concept.Revisie, concept.BasisVersie, concept.Door, concept.Op, concept.Json, controleUitkomst.Geldig, Map(controleUitkomst)),
            soort is null ? [] : Velden(soort.InvoerType)));
    }

    public static async Task<Results<Ok<ConceptResponse>, NotFound, ProblemHttpResult>> BewaarConceptAsync(
        string naam, ConceptRequest request, ClaimsPrincipal user, RegelsetCatalog catalog, RegelsetBeheer beheer, RegelsetControle controle, CancellationToken ct)
    {
        if (!Bestaat(catalog, naam))
        {
            return TypedResults.NotFound();
        }

        if (Ongeldig(request.Json) is { } fout)
        {
            return TypedResults.Problem(fout, statusCode: StatusCodes.Status400BadRequest);
        }

        var (concept, conflict) = await beheer.BewaarConceptAsync(naam, request.Json!, request.Revisie, Wie(user), ct);
        if (conflict)
        {
            return TypedResults.Problem(
                $"Het concept is intussen gewijzigd door {concept.Door} (revisie {concept.Revisie}). Laad het opnieuw voordat u verder gaat; uw tekst is niet opgeslagen.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Het concept is intussen gewijzigd",
                extensions: new Dictionary<string, object?> { ["huidigeRevisie"] = concept.Revisie == 0 ? null : concept.Revisie, ["door"] = concept.Door, ["op"] = concept.Op });
        }

        var uitkomst = controle.Controleer(naam, concept.Json);
        return TypedResults.Ok(new ConceptResponse(concept.Revisie, concept.BasisVersie, concept.Door, concept.Op, uitkomst.Geldig, Map(uitkomst)));
    }

    public static async Task<Results<NoContent, NotFound>> VerwijderConceptAsync(string naam, RegelsetBeheer beheer, CancellationToken ct) =>
        await beheer.VerwijderConceptAsync(naam, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static Results<Ok<ControleResponse>, NotFound, ProblemHttpResult> Controleer(string naam, ControleRequest request, RegelsetCatalog catalog, RegelsetControle controle)
    {
        if (!Bestaat(catalog, naam))
        {
            return TypedResults.NotFound();
        }

        if (Ongeldig(request.Json) is { } fout)
        {
            return TypedResults.Problem(fout, statusCode: StatusCodes.Status400BadRequest);
        }

        var uitkomst = controle.Controleer(naam, request.Json!);
        return TypedResults.Ok(new ControleResponse(uitkomst.Geldig, Map(uitkomst)));
    }

    public static Results<Ok<ExpressieControleResponse>, NotFound, ProblemHttpResult> ControleerExpressie(string naam, ExpressieRequest request, RegelsetCatalog catalog, RegelsetControle controle)
    {
        if (!Bestaat(catalog, naam))
        {
            return TypedResults.NotFound();
        }

        if (request.Expressie is null || request.Expressie.Length > 10_000 || (request.Json?.Length ?? 0) > MaxJsonLengte)
        {
            return TypedResults.Problem("Geef een expressie (hoogstens 10.000 tekens).", statusCode: StatusCodes.Status400BadRequest);
        }

        var fouten = controle.ControleerExpressie(naam, request.Json ?? "[]", request.Regelpad ?? [], request.Veld ?? "Expression", request.Expressie);
        return TypedResults.Ok(new ExpressieControleResponse(fouten.Select(f => Map(f) with { Regelpad = request.Regelpad }).ToList()));
    }

    public static Results<Ok<AanvullingResponse>, NotFound, ProblemHttpResult> Aanvullingen(string naam, ExpressieRequest request, RegelsetCatalog catalog, RegelsetControle controle)
    {
        if (!Bestaat(catalog, naam))
        {
            return TypedResults.NotFound();
        }

        if (request.Expressie is null || request.Expressie.Length > 10_000 || (request.Json?.Length ?? 0) > MaxJsonLengte)
        {
            return TypedResults.Problem("Geef een expressie (hoogstens 10.000 tekens).", statusCode: StatusCodes.Status400BadRequest);
        }

        var (van, items) = controle.Aanvullingen(naam, request.Json ?? "[]", request.Regelpad ?? [], request.Veld ?? "Expression", request.Expressie, request.Positie ?? request.Expressie.Length);
        return TypedResults.Ok(new AanvullingResponse(van, items.Select(i => new Aanvulling(i.Label, Soort(i.Kind), i.Detail)).ToList()));
    }

    public static async Task<Results<Ok<KeuzesResponse>, NotFound>> KeuzesAsync(string naam, RegelsetCatalog catalog, RegelsetProef proef, CancellationToken ct)
    {
        if (!Bestaat(catalog, naam))
        {
            return TypedResults.NotFound();
        }

        var (buurten, initiatieven) = await proef.KeuzesAsync(ct);
        return TypedResults.Ok(new KeuzesResponse(
            buurten.Select(b => new Keuze(b.Sleutel, b.Naam, b.Detail)).ToList(),
            initiatieven.Select(i => new Keuze(i.Sleutel, i.Naam, i.Detail)).ToList()));
    }

    public static async Task<Results<Ok<TestResponse>, NotFound, ProblemHttpResult>> TestAsync(
        string naam, TestRequest request, RegelsetCatalog catalog, RegelsetBeheer beheer, RegelsetProef proef, CancellationToken ct)
    {
        if (RegelsetSoort.Zoek(naam) is not { } soort || !Bestaat(catalog, naam))
        {
            return TypedResults.NotFound();
        }

        var sleutels = soort.OverBuurten ? request.Buurten : request.Initiatieven;
        if (request.Alle != true && sleutels is not { Count: > 0 })
        {
            return TypedResults.Problem(soort.OverBuurten ? "Kies een of meer buurten, of alle." : "Kies een of meer initiatieven, of alle.", statusCode: StatusCodes.Status400BadRequest);
        }

        var json = request.Json ?? (await beheer.ConceptAsync(naam, ct))?.Json ?? catalog.Gepubliceerd(naam)?.Json;
        if (Ongeldig(json) is { } fout)
        {
            return TypedResults.Problem(fout, statusCode: StatusCodes.Status400BadRequest);
        }

        var invoer = await proef.InvoerAsync(soort, request.Alle == true ? null : sleutels, ct);
        var uitkomst = proef.Draai(soort, json!, invoer, ct);
        return TypedResults.Ok(new TestResponse(soort.InvoerNaam, uitkomst.Fouten.Select(f => Map(f)).ToList(), uitkomst.Resultaten));
    }

    public static async Task<Results<Ok<WatAlsResponse>, NotFound, ProblemHttpResult>> WatAlsAsync(
        string naam, WatAlsRequest request, RegelsetCatalog catalog, RegelsetBeheer beheer, RegelsetProef proef, CancellationToken ct)
    {
        if (RegelsetSoort.Zoek(naam) is not { } soort || !Bestaat(catalog, naam))
        {
            return TypedResults.NotFound();
        }

        var json = request.Json ?? (await beheer.ConceptAsync(naam, ct))?.Json;
        if (json is null)
        {
            return TypedResults.Problem("Er is geen concept om te vergelijken; stuur de tekst mee of bewaar eerst een concept.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (Ongeldig(json) is { } fout)
        {
            return TypedResults.Problem(fout, statusCode: StatusCodes.Status400BadRequest);
        }

        var w = await proef.VergelijkAsync(soort, json, Math.Clamp(request.Aantal ?? 2, 1, 1000), ct);
        return TypedResults.Ok(new WatAlsResponse(w.Invoer, w.GepubliceerdeVersie, w.AantalBeoordeeld, w.AantalGewijzigd, w.Fouten.Select(f => Map(f)).ToList(), w.PerRegel, w.SelectieVerschil, w.Items));
    }

    public static async Task<Results<Ok<Versie>, ProblemHttpResult>> PubliceerAsync(
        string naam, PublicatieRequest request, ClaimsPrincipal user, RegelsetCatalog catalog, RegelsetBeheer beheer, CancellationToken ct)
    {
        if (!Bestaat(catalog, naam))
        {
            return TypedResults.Problem($"De regelset '{naam}' bestaat niet.", statusCode: StatusCodes.Status404NotFound);
        }

        if (request.Revisie is null)
        {
            return TypedResults.Problem("Geef de revisie van het concept dat u heeft bekeken.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (Toelichting(request.Toelichting) is { } fout)
        {
            return TypedResults.Problem(fout, statusCode: StatusCodes.Status400BadRequest);
        }

        var uitkomst = await beheer.PubliceerAsync(naam, request.Revisie.Value, request.Toelichting!.Trim(), Wie(user), ct);
        return Resultaat(uitkomst, catalog);
    }

    public static async Task<Results<Ok<Versie>, ProblemHttpResult>> ZetTerugAsync(
        string naam, int nummer, TerugzetRequest request, ClaimsPrincipal user, RegelsetCatalog catalog, RegelsetBeheer beheer, CancellationToken ct)
    {
        if (!Bestaat(catalog, naam))
        {
            return TypedResults.Problem($"De regelset '{naam}' bestaat niet.", statusCode: StatusCodes.Status404NotFound);
        }

        if (Toelichting(request.Toelichting) is { } fout)
        {
            return TypedResults.Problem(fout, statusCode: StatusCodes.Status400BadRequest);
        }

        var uitkomst = await beheer.ZetTerugAsync(naam, nummer, request.Toelichting!.Trim(), Wie(user), ct);
        return Resultaat(uitkomst, catalog);
    }

    public static async Task<Results<Ok<List<Versie>>, NotFound>> VersiesAsync(string naam, RegelsetCatalog catalog, RegelsetBeheer beheer, CancellationToken ct)
    {
        if (!Bestaat(catalog, naam))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok((await beheer.VersiesAsync(naam, ct)).Select(v => Map(v, catalog)).ToList());
    }

    public static async Task<Results<Ok<VersieDetail>, NotFound>> VersieAsync(string naam, int nummer, RegelsetCatalog catalog, RegelsetBeheer beheer, CancellationToken ct)
    {
        var versie = await beheer.VersieAsync(naam, nummer, ct);
        if (versie is null)
        {
            return TypedResults.NotFound();
        }

        var v = Map(versie, catalog);
        return TypedResults.Ok(new VersieDetail(v.Nummer, v.Sha, v.Door, v.Op, v.Toelichting, v.Bron, v.TeruggezetNaar, v.Actief, versie.Json));
    }

    /// <summary><c>naar</c> is a version number or <c>concept</c> (default: the version in use); <c>van</c> defaults to the version before it (for the draft: the one in use).</summary>
    public static async Task<Results<Ok<VerschilResponse>, ProblemHttpResult>> VerschilAsync(
        string naam, string? van, string? naar, RegelsetCatalog catalog, RegelsetBeheer beheer, CancellationToken ct)
    {
        if (!Bestaat(catalog, naam))
        {
            return TypedResults.Problem($"De regelset '{naam}' bestaat niet.", statusCode: StatusCodes.Status404NotFound);
        }

        string naarLabel, naarJson;
        int? naarNummer = null;
        if (string.Equals(naar, "concept", StringComparison.OrdinalIgnoreCase))
        {
            var concept = await beheer.ConceptAsync(naam, ct);
            if (concept is null)
            {
                return TypedResults.Problem("Er is geen concept.", statusCode: StatusCodes.Status404NotFound);
            }

            (naarLabel, naarJson) = ("concept", concept.Json);
        }
        else
        {
            if (naar is not null && !int.TryParse(naar, out _))
            {
                return TypedResults.Problem("'naar' is een versienummer of 'concept'.", statusCode: StatusCodes.Status400BadRequest);
            }

            naarNummer = naar is null ? catalog.Gepubliceerd(naam)?.Nummer : int.Parse(naar, System.Globalization.CultureInfo.InvariantCulture);
            var versie = naarNummer is null ? null : await beheer.VersieAsync(naam, naarNummer.Value, ct);
            if (versie is null)
            {
                return TypedResults.Problem($"Versie {naar} bestaat niet.", statusCode: StatusCodes.Status404NotFound);
            }

            (naarLabel, naarJson) = ($"versie {versie.Nummer}", versie.Json);
        }

        int? vanNummer = van is null
            ? naarNummer is { } n ? n - 1 : catalog.Gepubliceerd(naam)?.Nummer
            : int.TryParse(van, out var parsed) ? parsed : null;
        if (van is not null && vanNummer is null)
        {
            return TypedResults.Problem("'van' is een versienummer.", statusCode: StatusCodes.Status400BadRequest);
        }

        var vanVersie = vanNummer is > 0 ? await beheer.VersieAsync(naam, vanNummer.Value, ct) : null;
        if (van is not null && vanVersie is null)
        {
            return TypedResults.Problem($"Versie {van} bestaat niet.", statusCode: StatusCodes.Status404NotFound);
        }

        var verschil = RegelsetVerschil.Bereken(vanVersie?.Json ?? "[]", naarJson);
        return TypedResults.Ok(new VerschilResponse(vanVersie is null ? "(niets)" : $"versie {vanVersie.Nummer}", naarLabel, verschil.Wijzigingen, verschil.Regels));
    }

    public static async Task<Ok<LogboekResponse>> LogboekAsync(string? regelset, RegelsetBeheer beheer, CancellationToken ct)
    {
        var (intact, regels) = await beheer.LogboekAsync(string.IsNullOrWhiteSpace(regelset) ? null : regelset, ct);
        return TypedResults.Ok(new LogboekResponse(intact, regels.Select(r => new LogboekRegel(
            r.Volgnummer, r.Op, r.Door, Actie(r.Actie), r.Regelset, r.Versie, r.VorigeVersie, r.Sha256[..12], r.Toelichting, r.Hash)).ToList()));
    }

    private static Results<Ok<Versie>, ProblemHttpResult> Resultaat(RegelsetWijziging uitkomst, RegelsetCatalog catalog) => uitkomst switch
    {
        RegelsetWijziging.Gelukt gelukt => TypedResults.Ok(Map(gelukt.Versie, catalog)),
        RegelsetWijziging.NietGevonden niet => TypedResults.Problem(niet.Melding, statusCode: StatusCodes.Status404NotFound),
        RegelsetWijziging.Ongewijzigd ongewijzigd => TypedResults.Problem(
            $"Deze tekst is al in gebruik als versie {ongewijzigd.Versie}; er is niets gepubliceerd.",
            statusCode: StatusCodes.Status409Conflict, title: "Geen wijziging"),
        RegelsetWijziging.Conflict conflict => TypedResults.Problem(
            conflict.Huidig is null
                ? "Het concept bestaat niet meer: iemand anders heeft het gepubliceerd of verwijderd."
                : $"Het concept is intussen gewijzigd door {conflict.Huidig.Door} (revisie {conflict.Huidig.Revisie}). Bekijk het opnieuw voordat u publiceert.",
            statusCode: StatusCodes.Status409Conflict, title: "Het concept is intussen gewijzigd",
            extensions: new Dictionary<string, object?> { ["huidigeRevisie"] = conflict.Huidig?.Revisie }),
        RegelsetWijziging.Ongeldig ongeldig => TypedResults.Problem(
            $"De regelset bevat {ongeldig.Problemen.Count(p => p.IsError)} fout(en) en is niet gepubliceerd. De gepubliceerde versie blijft in gebruik.",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "Niet gepubliceerd: de regelset bevat fouten",
            extensions: new Dictionary<string, object?> { ["fouten"] = Map(new RegelsetControleUitkomst(ongeldig.Document, ongeldig.Problemen)) }),
        _ => throw new InvalidOperationException(uitkomst.GetType().Name),
    };

    private static IEnumerable<string> Namen(RegelsetCatalog catalog) => catalog.Actief.Select(a => a.Naam);

    private static bool Bestaat(RegelsetCatalog catalog, string naam) => catalog.Gepubliceerd(naam) is not null;

    private static string? Ongeldig(string? json) => json switch
    {
        null => "Geef de tekst van de regelset (json).",
        { Length: > MaxJsonLengte } => $"De regelset is groter dan {MaxJsonLengte / 1000} kB.",
        _ => null,
    };

    private static string? Toelichting(string? toelichting) =>
        string.IsNullOrWhiteSpace(toelichting) ? "Geef een toelichting: waarom deze versie? Die komt in het logboek."
        : toelichting.Trim().Length > 500 ? "De toelichting is hoogstens 500 tekens."
        : null;

    private static string Wie(ClaimsPrincipal user) => user.Identity?.Name ?? "onbekend";

    private static Versie Map(RegelsetVersie v, RegelsetCatalog catalog) => new(
        v.Nummer, v.Sha256[..12], v.Door, v.Op, v.Toelichting, v.Bron.ToString().ToLowerInvariant(), v.TeruggezetNaar,
        catalog.Gepubliceerd(v.Regelset)?.Nummer == v.Nummer);

    private static string Actie(RegelsetActie actie) => actie switch
    {
        RegelsetActie.Geimporteerd => "geïmporteerd",
        RegelsetActie.Gepubliceerd => "gepubliceerd",
        RegelsetActie.Teruggezet => "teruggezet",
        _ => actie.ToString().ToLowerInvariant(),
    };

    private static string Soort(CompletionKind kind) => kind switch
    {
        CompletionKind.Field => "veld",
        CompletionKind.Method => "functie",
        CompletionKind.Parameter => "parameter",
        CompletionKind.Type => "type",
        _ => "sleutelwoord",
    };

    private static List<Veld> Velden(Type type) =>
        type.GetProperties().Select(p => new Veld(p.Name, TypeNaam(p.PropertyType))).ToList();

    private static string TypeNaam(Type type) => type switch
    {
        _ when type == typeof(int) => "geheel getal",
        _ when type == typeof(double) || type == typeof(decimal) => "getal",
        _ when type == typeof(bool) => "ja/nee",
        _ when type == typeof(string) => "tekst",
        _ when type == typeof(DateTime) => "datum",
        _ when type.IsArray => "lijst van " + TypeNaam(type.GetElementType()!),
        _ => type.Name,
    };

    private static List<Fout> Map(RegelsetControleUitkomst uitkomst)
    {
        var paden = new RegelPaden(uitkomst.Document);
        return uitkomst.Problemen.Select(p => Map(p, paden)).ToList();
    }

    /// <summary>Maps a problem for the editor; with the document it was found in, the rule's full path is added.</summary>
    public static Fout Map(Diagnostic d, RegelPaden? paden = null)
    {
        return new Fout(
            d.Code, d.IsError ? "fout" : "waarschuwing", d.Message, d.Location?.Workflow, d.Location?.Rule, paden?.Zoek(d), d.Location?.Field,
            d.Location?.FileLine, d.Location?.FileColumn,
            d.Column is not null ? d.Span.Start : null,
            d.Column is not null ? d.Span.Length : null,
            d.Column, d.ToString());
    }
}
