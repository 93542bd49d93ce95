using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;

namespace Participatie.Host.Features.Analyse;

/// <summary>
/// Open data: the report and dashboard figures as CSV or JSON, for anyone (no sign-in). Only aggregates
/// and codes; see <see cref="OpenData"/> for what is left out.
/// </summary>
public static class OpenDataApi
{
    /// <summary>Anonymous callers share one computation for this long, so open data cannot be used to load the server.</summary>
    public static readonly TimeSpan CacheDuur = TimeSpan.FromMinutes(5);

    public sealed record DatasetResponse(string Naam, string Omschrijving, string Csv, string Json);

    public static RouteGroupBuilder MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/open-data").WithTags("Open data").AllowAnonymous();
        api.MapGet("/", Index);
        api.MapGet("/{bestand}", GetAsync);
        return api;
    }

    public static Ok<List<DatasetResponse>> Index() =>
        TypedResults.Ok(OpenData.Datasets.Select(d => new DatasetResponse(d.Key, d.Value, $"/api/open-data/{d.Key}.csv", $"/api/open-data/{d.Key}.json")).ToList());

    public static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> GetAsync(string bestand, RapportService rapporten, IMemoryCache cache, CancellationToken ct)
    {
        var punt = bestand.LastIndexOf('.');
        var naam = punt > 0 ? bestand[..punt] : bestand;
        var formaat = punt > 0 ? bestand[(punt + 1)..].ToLowerInvariant() : "";
        if (!OpenData.Datasets.ContainsKey(naam) || formaat is not ("csv" or "json"))
        {
            return TypedResults.NotFound(new ProblemDetails
            {
                Title = "Onbekende dataset",
                Detail = $"'{bestand}' bestaat niet. Kies een van: {string.Join(", ", OpenData.Datasets.Keys)}, met .csv of .json erachter.",
                Status = StatusCodes.Status404NotFound,
            });
        }

        var gegevens = await cache.GetOrCreateAsync("analyse:open-data", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheDuur;
            return rapporten.LaadAsync(ct);
        }) ?? await rapporten.LaadAsync(ct);
        var tabel = OpenData.Maak(naam, gegevens)!;
        return formaat == "csv"
            ? TypedResults.Text(OpenData.Csv(tabel), "text/csv; charset=utf-8")
            : TypedResults.Text(OpenData.Json(tabel, gegevens.Peilmoment), "application/json; charset=utf-8");
    }
}
