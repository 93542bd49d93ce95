namespace Participatie.Host.Data;

/// <summary>
/// The data step of the <c>Hulpsoorten</c> migrations (both providers): until December 2026 an initiative stored the
/// help it asked for as bit flags (<c>GevraagdeOndersteuning</c>: geld 1, ruimte 2, materialen 4, advies 8,
/// vergunning 16, contactpersoon 32); now it stores the catalogue's codes as a JSON list (<c>GevraagdeHulp</c>).
/// Plain SQL that SQLite and PostgreSQL both run, so the rows keep what they asked for in either direction.
/// </summary>
public static class HulpvraagConversie
{
    private static readonly (int Vlag, string Code)[] Vlaggen =
        [(1, "geld"), (2, "ruimte"), (4, "materialen"), (8, "advies"), (16, "vergunning"), (32, "contactpersoon")];

    /// <summary>Flags to codes, in the order the flags were declared (the catalogue's order).</summary>
    public static string NaarCodes() =>
        "UPDATE \"Initiatieven\" SET \"GevraagdeHulp\" = '[' || rtrim("
        + string.Join(" || ", Vlaggen.Select(v => $"CASE WHEN (\"GevraagdeOndersteuning\" & {v.Vlag}) <> 0 THEN '\"{v.Code}\",' ELSE '' END"))
        + ", ',') || ']';";

    /// <summary>Codes back to flags (a code without a flag is dropped: the old release knew only these six).</summary>
    public static string NaarVlaggen() =>
        "UPDATE \"Initiatieven\" SET \"GevraagdeOndersteuning\" = "
        + string.Join(" + ", Vlaggen.Select(v => $"CASE WHEN \"GevraagdeHulp\" LIKE '%\"{v.Code}\"%' THEN {v.Vlag} ELSE 0 END"))
        + ";";
}
