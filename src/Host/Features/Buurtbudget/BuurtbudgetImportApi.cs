using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Buurtbudget.Model;
using Participatie.Buurtbudget.Pabulib;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Accounts;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// Beleid uploads a pabulib file (<c>.pb</c>, e.g. an earlier round or another city's election): its projects and
/// ballots become a closed round in a buurt, counted and explained like our own, with the open data and the export.
/// The file is read by the engine's reader: every error comes back located (file, line, column, code).
/// </summary>
public static class BuurtbudgetImportApi
{
    /// <summary>The largest file read (the largest Warsaw files of the corpus are a few megabytes).</summary>
    public const int MaxBytes = 50 * 1024 * 1024;

    public static RouteGroupBuilder MapBuurtbudgetImportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/buurtbudget/rondes").WithTags("Buurtbudget").RequireAuthorization(StaffPolicies.Beleid);
        api.MapPost("/pabulib", ImportAsync);
        return api;
    }

    /// <summary>The body is the file itself (any content type); <c>buurtCode</c>, <c>telmethode</c> and <c>bestandsnaam</c> in the query.</summary>
    public static async Task<Results<Created<BuurtbudgetStemApi.RondeResponse>, ValidationProblem>> ImportAsync(
        string? buurtCode, Telmethode? telmethode, string? bestandsnaam, HttpRequest request, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var naam = string.IsNullOrWhiteSpace(bestandsnaam) ? "upload.pb" : Path.GetFileName(bestandsnaam);
        if (request.ContentLength is > MaxBytes)
        {
            return Fout("bestand", $"Het bestand is groter dan {MaxBytes / 1024 / 1024} MB.");
        }

        var buurt = string.IsNullOrWhiteSpace(buurtCode) ? null : await db.Buurten.SingleOrDefaultAsync(b => b.Code == buurtCode, ct);
        if (buurt is null)
        {
            return Fout("buurtCode", $"Buurt '{buurtCode}' bestaat niet; geef de CBS-code van de buurt waar de ronde bij hoort.");
        }

        // Read asynchronously (the server allows no synchronous reads), then parse.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBytes)
        {
            return Fout("bestand", $"Het bestand is groter dan {MaxBytes / 1024 / 1024} MB.");
        }

        buffer.Position = 0;
        using var reader = new StreamReader(buffer, System.Text.Encoding.UTF8);
        var gelezen = PabulibReader.Read(reader, naam);
        if (gelezen.HasErrors || gelezen.File is null)
        {
            return Fout("bestand", gelezen.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToArray());
        }

        var bestand = gelezen.File;
        var verkiezing = bestand.Election;
        var fouten = new List<string>();
        if (verkiezing.VoteType is not (VoteType.Approval or VoteType.Cumulative))
        {
            fouten.Add($"{naam}: dit bestand heeft stemmen van het type '{bestand.GetMeta("vote_type")}'. Een ronde telt goedkeuringsstemmen (approval) of punten (cumulative): meeste stemmen of gelijke delen.");
        }

        var punten = verkiezing.VoteType == VoteType.Cumulative;
        int? puntenPerKiezer = null, maxPerProject = null;
        if (punten)
        {
            // The file's own limits (the reader checked every ballot against them); without max_sum_points the largest ballot.
            var grootste = verkiezing.Voters.Select(v => v.Points!.Sum()).DefaultIfEmpty(0).Max();
            if (grootste > int.MaxValue || verkiezing.Voters.Any(v => v.Points!.Any(x => x > int.MaxValue)))
            {
                fouten.Add($"{naam}: een stem heeft meer dan {int.MaxValue} punten.");
            }
            else
            {
                puntenPerKiezer = Geheel(bestand.GetMeta("max_sum_points")) ?? Math.Max(1, (int)grootste);
                maxPerProject = Geheel(bestand.GetMeta("max_points")) is { } m && m < puntenPerKiezer ? m : null;
            }
        }

        if (verkiezing.Budget <= 0)
        {
            fouten.Add($"{naam}: het budget moet meer dan 0 zijn.");
        }

        fouten.AddRange(verkiezing.Projects.Where(p => p.Id.Length > 20).Select(p => $"{naam}: project-id '{p.Id}' is langer dan 20 tekens."));
        if (fouten.Count > 0)
        {
            return Fout("bestand", [.. fouten]);
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var van = Datum(bestand.GetMeta("date_begin")) ?? nu;
        var tot = Datum(bestand.GetMeta("date_end")) is { } eind && eind > van ? eind : van.AddDays(1);
        var ronde = new BuurtbudgetRonde
        {
            Naam = Kort(bestand.GetMeta("description") ?? Path.GetFileNameWithoutExtension(naam), 200),
            BuurtId = buurt.Id,
            Budget = verkiezing.Budget,
            StemmenVanaf = van,
            StemmenTot = tot,
            UitvoeringVanaf = tot,
            UitvoeringTot = tot,
            Telmethode = telmethode ?? Telmethode.GelijkeDelen,
            MaxProjecten = int.TryParse(bestand.GetMeta("max_length"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) && max > 0 ? max : null,
            MaxBedrag = decimal.TryParse(bestand.GetMeta("max_sum_cost"), NumberStyles.Number, CultureInfo.InvariantCulture, out var maxBedrag) && maxBedrag > 0 ? maxBedrag : null,
            PuntenPerKiezer = puntenPerKiezer,
            MaxPuntenPerProject = maxPerProject,
            // Imported for counting and analysis: closed from the start, no lifecycle workflow.
            Fase = BuurtbudgetFase.Afgerond,
            AangemaaktOp = nu,
            Projecten = [.. verkiezing.Projects.Select(p => new BuurtbudgetProject { Code = p.Id, Titel = Kort(p.Name ?? p.Id, 200), Kosten = p.Cost })],
        };

        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        db.BuurtbudgetRondes.Add(ronde);
        await db.SaveChangesAsync(ct);
        // Each voter of the file gets a code row that no one can ever type (a random hash, not of any code): the
        // ballots are stored as our own are, one per code, and counted the same.
        var codes = verkiezing.Voters.Select(_ => new Stemcode { RondeId = ronde.Id, Hash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) }).ToList();
        db.Stemcodes.AddRange(codes);
        await db.SaveChangesAsync(ct);
        db.Stembiljetten.AddRange(verkiezing.Voters.Select((v, i) => punten
            ? new Stembiljet
            {
                // a project on the file's ballot with 0 points is not supported: stored as our own points ballots are
                RondeId = ronde.Id, StemcodeId = codes[i].Id, Versie = Guid.NewGuid(),
                Projecten = [.. v.Projects.Where((_, j) => v.Points![j] > 0)],
                Punten = [.. v.Points!.Where(x => x > 0).Select(x => (int)x)],
            }
            : new Stembiljet
            {
                RondeId = ronde.Id, StemcodeId = codes[i].Id, Projecten = [.. v.Projects], Versie = Guid.NewGuid(),
            }));
        await db.SaveChangesAsync(ct);
        await transactie.CommitAsync(ct);
        ronde.Buurt = buurt;
        return TypedResults.Created($"/api/buurtbudget/{ronde.Id}", BuurtbudgetStemApi.Response(ronde, clock));
    }

    private static DateTime? Datum(string? tekst) =>
        DateTime.TryParseExact(tekst, ["dd.MM.yyyy", "yyyy-MM-dd", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? DateTime.SpecifyKind(d, DateTimeKind.Utc)
            : null;

    private static int? Geheel(string? tekst) =>
        int.TryParse(tekst, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static string Kort(string tekst, int max) => tekst.Length > max ? tekst[..max] : tekst;

    private static ValidationProblem Fout(string veld, params string[] fouten) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [veld] = fouten });
}
