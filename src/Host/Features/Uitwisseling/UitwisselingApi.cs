using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Privacy;

namespace Participatie.Host.Features.Uitwisseling;

/// <summary>
/// Staff API of exchange between initiatives: similar initiatives from other wijken with their explanation, the
/// contact requests (status and times, never the details shared), and planning an uitwisselmoment with its invitations.
/// </summary>
public static class UitwisselingApi
{
    public sealed record VergelijkbaarResponse(int InitiatiefId, string Referentie, string Titel, string Wijk, string Thema, bool ZelfdeThema,
        IReadOnlyList<string> GedeeldeWoorden, double TekstScore, double Score, string Uitleg);

    public sealed record ContactVerzoekResponse(int Id, string Code, string VanReferentie, string NaarReferentie, string Status, DateTime AangevraagdOp,
        DateTime? ToestemmingVanOp, DateTime? ToestemmingNaarOp, DateTime? GedeeldOp, DateTime? GeweigerdOp, DateTime? IngetrokkenOp);

    public sealed record MomentRequest(string? Thema, DateTime? Datum, string? Plaats, string? Omschrijving);

    public sealed record MomentResponse(int Id, string Thema, DateTime Datum, string Plaats, string? Omschrijving, string GeplandDoor, DateTime GeplandOp,
        int Uitgenodigd, int NietUitgenodigd);

    private static readonly string[] Rollen = [StaffRoles.Wijkcoordinator, StaffRoles.Beleid, StaffRoles.Beheer];

    public static RouteGroupBuilder MapUitwisselingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/uitwisseling").WithTags("Uitwisseling").RequireAuthorization(p => p.RequireRole(Rollen));
        api.MapGet("/initiatieven/{id:int}/vergelijkbaar", VergelijkbaarAsync);
        api.MapGet("/contactverzoeken", ContactVerzoekenAsync);
        api.MapGet("/momenten", MomentenAsync);
        api.MapPost("/momenten", PlanAsync);
        return api;
    }

    public static async Task<Results<Ok<List<VergelijkbaarResponse>>, NotFound, ForbidHttpResult>> VergelijkbaarAsync(
        int id, int? aantal, ClaimsPrincipal user, ParticipatieDbContext db, VergelijkbareInitiatieven vergelijkbaar, CancellationToken ct)
    {
        var wijk = await db.Initiatieven.AsNoTracking().Where(i => i.Id == id).Select(i => new { Code = i.Buurt!.Wijk!.Code }).SingleOrDefaultAsync(ct);
        if (wijk is null)
        {
            return TypedResults.NotFound();
        }

        // A wijkcoördinator works for their own wijken; beleid and beheer see every wijk.
        if (await StaffGebruiker.LaadAsync(user, db, ct) is not { } gebruiker
            || (!gebruiker.Is(StaffRoles.Beleid) && !gebruiker.Is(StaffRoles.Beheer) && gebruiker.WijkCodes.Count > 0 && !gebruiker.WijkCodes.Contains(wijk.Code)))
        {
            return TypedResults.Forbid();
        }

        var matches = await vergelijkbaar.ZoekAsync(id, Math.Clamp(aantal ?? 10, 1, 50), ct) ?? [];
        return TypedResults.Ok(matches.Select(m => new VergelijkbaarResponse(m.InitiatiefId, m.Referentie, m.Titel, m.Wijk, m.Thema.ToString(), m.ZelfdeThema,
            m.GedeeldeWoorden, m.TekstScore, m.Score, Uitleg(m))).ToList());
    }

    public static async Task<Ok<List<ContactVerzoekResponse>>> ContactVerzoekenAsync(ParticipatieDbContext db, CancellationToken ct)
    {
        var verzoeken = await db.ContactVerzoeken.AsNoTracking().OrderByDescending(c => c.Id).Take(500)
            .Select(c => new { c, Van = c.VanInitiatief!.Referentie, Naar = c.NaarInitiatief!.Referentie }).ToListAsync(ct);
        return TypedResults.Ok(verzoeken.Select(x => new ContactVerzoekResponse(x.c.Id, UitwisselingService.Code(x.c.Id), x.Van, x.Naar, x.c.Status.ToString(),
            x.c.AangevraagdOp, x.c.ToestemmingVanOp, x.c.ToestemmingNaarOp, x.c.GedeeldOp, x.c.GeweigerdOp, x.c.IngetrokkenOp)).ToList());
    }

    public static async Task<Ok<List<MomentResponse>>> MomentenAsync(ParticipatieDbContext db, CancellationToken ct)
    {
        var momenten = await db.Uitwisselmomenten.AsNoTracking().OrderByDescending(m => m.Datum).Take(200).ToListAsync(ct);
        return TypedResults.Ok(momenten.Select(m => new MomentResponse(m.Id, m.Thema.ToString(), m.Datum, m.Plaats, m.Omschrijving, m.GeplandDoor, m.GeplandOp,
            m.UitgenodigdeInitiatieven.Count, m.NietUitgenodigd)).ToList());
    }

    public static async Task<IResult> PlanAsync(MomentRequest request, ClaimsPrincipal user, UitwisselingService service, TimeProvider clock, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string[]>();
        if (!Enum.TryParse<Thema>(request.Thema, ignoreCase: true, out var thema) || int.TryParse(request.Thema, out _))
        {
            fouten["thema"] = [$"Kies een thema: {string.Join(", ", Enum.GetNames<Thema>())}."];
        }

        if (request.Datum is not { } datum || datum.ToUniversalTime() <= clock.GetUtcNow().UtcDateTime)
        {
            fouten["datum"] = ["Kies een datum en tijd in de toekomst."];
        }

        if (string.IsNullOrWhiteSpace(request.Plaats) || request.Plaats.Length > 200)
        {
            fouten["plaats"] = ["Vul de plaats in (hoogstens 200 tekens)."];
        }

        if (request.Omschrijving is { Length: > 2000 })
        {
            fouten["omschrijving"] = ["De omschrijving is te lang (hoogstens 2000 tekens)."];
        }

        var links = service.VerbodenLinks($"{request.Plaats} {request.Omschrijving}");
        if (links.Count > 0)
        {
            fouten["omschrijving"] = [$"Deze links mogen niet naar bewoners: {string.Join(", ", links)}."];
        }

        if (fouten.Count > 0)
        {
            return TypedResults.ValidationProblem(fouten, title: "Het uitwisselmoment is niet compleet.");
        }

        var resultaat = await service.PlanAsync(thema, request.Datum!.Value.ToUniversalTime(), request.Plaats!, request.Omschrijving, user.Identity?.Name ?? "medewerker", ct);
        var m = resultaat.Moment;
        return TypedResults.Created($"/api/uitwisseling/momenten/{m.Id}", new MomentResponse(m.Id, m.Thema.ToString(), m.Datum, m.Plaats, m.Omschrijving,
            m.GeplandDoor, m.GeplandOp, resultaat.Uitgenodigd, resultaat.AfgemeldOfZonderChat));
    }

    private static string Uitleg(VergelijkbareInitiatieven.Match m)
    {
        var delen = new List<string> { m.ZelfdeThema ? $"zelfde thema ({m.Thema})" : $"ander thema ({m.Thema})" };
        if (m.GedeeldeWoorden.Count > 0)
        {
            delen.Add("gedeelde woorden: " + string.Join(", ", m.GedeeldeWoorden));
        }

        delen.Add(string.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), $"tekstovereenkomst {m.TekstScore:0.00}, score {m.Score:0.00}"));
        return string.Join("; ", delen);
    }
}
