using Microsoft.AspNetCore.Mvc;
using Participatie.Workflows.Validation;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// The language a designer request is answered in (<c>?taal=nl|en</c>, else Accept-Language, else Dutch) with the
/// catalogue that words it; bound per request with <c>[AsParameters]</c>.
/// </summary>
public sealed record Vertaling([FromQuery] string? Taal, [FromHeader(Name = "Accept-Language")] string? AcceptLanguage, WerkstroomLabels Labels)
{
    public string Code => WerkstroomLabels.Kies(Taal, AcceptLanguage);

    public string Melding(ValidationError fout) => Labels.Melding(fout, Code);
}
