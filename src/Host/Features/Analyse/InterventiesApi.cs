using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Accounts;

namespace Participatie.Host.Features.Analyse;

/// <summary>The register of earlier and running participation interventions: staff read it, beleid, beheer and afdeling change it.</summary>
public static class InterventiesApi
{
    public sealed record FactorResponse(string Code, string Label);

    public sealed record InterventieResponse(
        int Id,
        string Titel,
        string BuurtCode,
        string BuurtNaam,
        Thema Thema,
        string? Doel,
        string? Aanpak,
        string? Partijen,
        DateTime StartDatum,
        DateTime? EindDatum,
        bool Lopend,
        int Bereik,
        int? Uitkomst,
        IReadOnlyList<FactorResponse> Succesfactoren,
        IReadOnlyList<FactorResponse> Belemmeringen,
        string? Leerpunten);

    public sealed record InterventieRequest(
        string? Titel,
        string? BuurtCode,
        string? Thema,
        string? Doel,
        string? Aanpak,
        string? Partijen,
        DateTime? StartDatum,
        DateTime? EindDatum,
        int? Bereik,
        int? Uitkomst,
        List<string>? Succesfactoren,
        List<string>? Belemmeringen,
        string? Leerpunten);

    public static RouteGroupBuilder MapInterventiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/interventies").WithTags("Interventies").RequireAuthorization(StaffPolicies.Staff);
        api.MapGet("/", ListAsync);
        api.MapGet("/factoren", Factoren);
        api.MapGet("/{id:int}", GetAsync);
        api.MapPost("/", CreateAsync).RequireAuthorization(p => p.RequireRole(StaffRoles.Beleid, StaffRoles.Beheer, StaffRoles.Afdeling));
        api.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(p => p.RequireRole(StaffRoles.Beleid, StaffRoles.Beheer, StaffRoles.Afdeling));
        return api;
    }

    public static Ok<List<FactorResponse>> Factoren() =>
        TypedResults.Ok(InterventieFactor.Labels.Select(kv => new FactorResponse(kv.Key, kv.Value)).ToList());

    public static async Task<Ok<List<InterventieResponse>>> ListAsync(ParticipatieDbContext db, string? buurt, string? thema, CancellationToken ct)
    {
        var query = db.Interventies.AsNoTracking().Include(i => i.Buurt).AsQueryable();
        if (!string.IsNullOrWhiteSpace(buurt))
        {
            var code = buurt.Trim().ToUpperInvariant();
            query = query.Where(i => i.Buurt!.Code == code);
        }

        if (Enum.TryParse<Thema>(thema, ignoreCase: true, out var t))
        {
            query = query.Where(i => i.Thema == t);
        }

        var rows = await query.OrderBy(i => i.Id).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ToResponse).ToList());
    }

    public static async Task<Results<Ok<InterventieResponse>, NotFound<ProblemDetails>>> GetAsync(int id, ParticipatieDbContext db, CancellationToken ct)
    {
        var found = await db.Interventies.AsNoTracking().Include(i => i.Buurt).SingleOrDefaultAsync(i => i.Id == id, ct);
        return found is null ? NietGevonden(id) : TypedResults.Ok(ToResponse(found));
    }

    public static async Task<Results<Created<InterventieResponse>, ValidationProblem>> CreateAsync(InterventieRequest request, ParticipatieDbContext db, CancellationToken ct)
    {
        var (buurt, fouten) = await ValideerAsync(request, db, ct);
        if (fouten.Count > 0)
        {
            return Ongeldig(fouten);
        }

        var interventie = new Interventie { Titel = request.Titel!.Trim() };
        Vul(interventie, request, buurt!);
        db.Interventies.Add(interventie);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/interventies/{interventie.Id}", ToResponse(interventie));
    }

    public static async Task<Results<Ok<InterventieResponse>, NotFound<ProblemDetails>, ValidationProblem>> UpdateAsync(int id, InterventieRequest request, ParticipatieDbContext db, CancellationToken ct)
    {
        var interventie = await db.Interventies.Include(i => i.Buurt).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (interventie is null)
        {
            return NietGevonden(id);
        }

        var (buurt, fouten) = await ValideerAsync(request, db, ct);
        if (fouten.Count > 0)
        {
            return Ongeldig(fouten);
        }

        Vul(interventie, request, buurt!);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(interventie));
    }

    /// <summary>Checks a request; errors are keyed by the field they are about, e.g. <c>succesfactoren[1]</c>.</summary>
    public static async Task<(Buurt? Buurt, Dictionary<string, string[]> Fouten)> ValideerAsync(InterventieRequest r, ParticipatieDbContext db, CancellationToken ct)
    {
        var fouten = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fout(string veld, string melding)
        {
            if (!fouten.TryGetValue(veld, out var lijst))
            {
                fouten[veld] = lijst = [];
            }

            lijst.Add(melding);
        }

        if (string.IsNullOrWhiteSpace(r.Titel))
        {
            Fout("titel", "Geef de interventie een titel.");
        }
        else if (r.Titel.Trim().Length > 200)
        {
            Fout("titel", $"De titel is {r.Titel.Trim().Length} tekens; maximaal 200.");
        }

        Buurt? buurt = null;
        if (string.IsNullOrWhiteSpace(r.BuurtCode))
        {
            Fout("buurtCode", "Geef de buurtcode (BU gevolgd door 8 cijfers).");
        }
        else
        {
            var code = r.BuurtCode.Trim().ToUpperInvariant();
            buurt = await db.Buurten.SingleOrDefaultAsync(b => b.Code == code, ct);
            if (buurt is null)
            {
                Fout("buurtCode", $"Buurt '{r.BuurtCode}' bestaat niet.");
            }
        }

        if (string.IsNullOrWhiteSpace(r.Thema) || !Enum.TryParse<Thema>(r.Thema, ignoreCase: true, out _) || int.TryParse(r.Thema, out _))
        {
            Fout("thema", $"Onbekend thema '{r.Thema}'. Kies uit: {string.Join(", ", Enum.GetNames<Thema>())}.");
        }

        if (r.StartDatum is null)
        {
            Fout("startDatum", "Geef de startdatum.");
        }
        else if (r.EindDatum is { } eind && eind < r.StartDatum)
        {
            Fout("eindDatum", "De einddatum ligt vóór de startdatum.");
        }

        if (r.Bereik is < 0)
        {
            Fout("bereik", "Het bereik (aantal bereikte bewoners) kan niet negatief zijn.");
        }

        if (r.Uitkomst is { } uitkomst)
        {
            if (uitkomst is < 1 or > 5)
            {
                Fout("uitkomst", $"De uitkomst is {uitkomst}; gebruik de schaal 1 (mislukt) tot 5 (zeer geslaagd).");
            }
            else if (r.EindDatum is null)
            {
                Fout("uitkomst", "Een lopende interventie (zonder einddatum) heeft nog geen uitkomst; laat de uitkomst leeg of vul de einddatum in.");
            }
        }

        void Codes(string veld, List<string>? codes)
        {
            for (var i = 0; i < (codes?.Count ?? 0); i++)
            {
                var code = codes![i];
                if (!InterventieFactor.IsKnown(code))
                {
                    Fout($"{veld}[{i}]", $"Onbekende factorcode '{code}'. Bekende codes: {string.Join(", ", InterventieFactor.Labels.Keys)}.");
                }
                else if (codes.IndexOf(code) != i)
                {
                    Fout($"{veld}[{i}]", $"Factor '{code}' staat er twee keer in.");
                }
            }
        }

        Codes("succesfactoren", r.Succesfactoren);
        Codes("belemmeringen", r.Belemmeringen);
        foreach (var dubbel in (r.Succesfactoren ?? []).Intersect(r.Belemmeringen ?? [], StringComparer.Ordinal))
        {
            Fout($"belemmeringen[{r.Belemmeringen!.IndexOf(dubbel)}]", $"Factor '{dubbel}' staat zowel bij de succesfactoren als bij de belemmeringen.");
        }

        return (buurt, fouten.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    private static void Vul(Interventie i, InterventieRequest r, Buurt buurt)
    {
        i.Titel = r.Titel!.Trim();
        i.Buurt = buurt;
        i.BuurtId = buurt.Id;
        i.Thema = Enum.Parse<Thema>(r.Thema!, ignoreCase: true);
        i.Doel = Leeg(r.Doel);
        i.Aanpak = Leeg(r.Aanpak);
        i.Partijen = Leeg(r.Partijen);
        i.StartDatum = r.StartDatum!.Value;
        i.EindDatum = r.EindDatum;
        i.Bereik = r.Bereik ?? 0;
        i.Uitkomst = r.Uitkomst;
        i.Succesfactoren = [.. r.Succesfactoren ?? []];
        i.Belemmeringen = [.. r.Belemmeringen ?? []];
        i.Leerpunten = Leeg(r.Leerpunten);
    }

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();

    private static ValidationProblem Ongeldig(Dictionary<string, string[]> fouten) =>
        TypedResults.ValidationProblem(fouten, title: "De interventie is niet opgeslagen.",
            detail: string.Join(" ", fouten.SelectMany(kv => kv.Value.Select(m => $"{kv.Key}: {m}"))));

    private static NotFound<ProblemDetails> NietGevonden(int id) =>
        TypedResults.NotFound(new ProblemDetails { Title = "Niet gevonden", Detail = $"Interventie {id} bestaat niet.", Status = StatusCodes.Status404NotFound });

    private static InterventieResponse ToResponse(Interventie i) => new(
        i.Id, i.Titel, i.Buurt?.Code ?? "", i.Buurt?.Naam ?? "", i.Thema, i.Doel, i.Aanpak, i.Partijen, i.StartDatum, i.EindDatum, i.IsLopend,
        i.Bereik, i.Uitkomst, FactorLijst(i.Succesfactoren), FactorLijst(i.Belemmeringen), i.Leerpunten);

    private static List<FactorResponse> FactorLijst(IEnumerable<string> codes) =>
        codes.Select(c => new FactorResponse(c, InterventieFactor.Labels.TryGetValue(c, out var label) ? label : c)).ToList();
}
