using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Accounts;
using Participatie.Workflows;

namespace Participatie.Host.Features.Programmas;

/// <summary>Programmes: their phases with dates and status, the buurten selected with reasons, and starting one.</summary>
public static class ProgrammasApi
{
    public sealed record FaseResponse(string Code, string Naam, int Volgorde, DateTime StartDatum, DateTime EindDatum, string Status);

    public sealed record BuurtKeuze(string Code, string Naam, int Rang, double Score, IReadOnlyList<string> Redenen);

    public sealed record ProgrammaResponse(
        int Id, string Naam, string? Omschrijving, DateTime StartDatum, DateTime EindDatum, string Status, string? HuidigeFase,
        IReadOnlyList<FaseResponse> Fases, IReadOnlyList<BuurtKeuze> GeselecteerdeBuurten, string? WorkflowInstanceId, IReadOnlyList<string> WachtOp);

    public static RouteGroupBuilder MapProgrammasApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/programmas").WithTags("Programmas").RequireAuthorization(StaffPolicies.Staff);
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:int}", GetAsync);
        api.MapPost("/{id:int}/start", StartAsync).RequireAuthorization(StaffRoles.Beleid);
        return api;
    }

    public static async Task<Ok<List<ProgrammaResponse>>> ListAsync(ParticipatieDbContext db, WorkflowEngine engine, CancellationToken ct)
    {
        var ids = await db.Programmas.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var result = new List<ProgrammaResponse>();
        foreach (var id in ids)
        {
            result.Add((await LoadAsync(id, db, engine, ct))!);
        }

        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<ProgrammaResponse>, NotFound>> GetAsync(int id, ParticipatieDbContext db, WorkflowEngine engine, CancellationToken ct) =>
        await LoadAsync(id, db, engine, ct) is { } programma ? TypedResults.Ok(programma) : TypedResults.NotFound();

    public static async Task<Results<Ok<ProgrammaResponse>, NotFound, ProblemHttpResult>> StartAsync(int id, ProgrammaService service, ParticipatieDbContext db, WorkflowEngine engine, CancellationToken ct)
    {
        var result = await service.StartAsync(id, ct);
        if (result.Programma is null)
        {
            return TypedResults.NotFound();
        }

        if (!result.Gestart)
        {
            return TypedResults.Problem(result.Melding, statusCode: StatusCodes.Status409Conflict);
        }

        db.ChangeTracker.Clear();
        return TypedResults.Ok((await LoadAsync(id, db, engine, ct))!);
    }

    internal static async Task<ProgrammaResponse?> LoadAsync(int id, ParticipatieDbContext db, WorkflowEngine engine, CancellationToken ct)
    {
        var p = await db.Programmas.AsNoTracking().Include(x => x.Fases).Include(x => x.GeselecteerdeBuurten).ThenInclude(b => b.Buurt)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return null;
        }

        var wachtOp = new List<string>();
        if (p.WorkflowInstanceId is { } instanceId && await engine.Runtime.GetAsync(instanceId, ct) is { } instance)
        {
            wachtOp.AddRange(instance.Bookmarks.Select(b => b.ActivityName ?? b.ActivityId));
        }

        var fases = p.Fases.OrderBy(f => f.Volgorde).ToList();
        return new ProgrammaResponse(
            p.Id, p.Naam, p.Omschrijving, p.StartDatum, p.EindDatum, p.Status.ToString(),
            fases.LastOrDefault(f => f.Status == ProgrammaStatus.Actief)?.Code,
            fases.Select(f => new FaseResponse(f.Code, f.Naam, f.Volgorde, f.StartDatum, f.EindDatum, f.Status.ToString())).ToList(),
            p.GeselecteerdeBuurten.OrderBy(b => b.Rang).Select(b => new BuurtKeuze(b.Buurt!.Code, b.Buurt.Naam, b.Rang, b.Score, b.Redenen)).ToList(),
            p.WorkflowInstanceId, wachtOp);
    }
}
