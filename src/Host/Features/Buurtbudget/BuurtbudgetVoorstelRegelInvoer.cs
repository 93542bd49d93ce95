namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// What the eligibility rules (<c>workflows-json/rules/buurtbudget-voorstel.json</c>) read of a proposal, as
/// <c>voorstel</c>. Amounts are doubles as in the other rule sets; <see cref="Tekst"/> is title and description in
/// lower case, for word checks officials can edit.
/// </summary>
public sealed record BuurtbudgetVoorstelRegelInvoer(
    string Titel,
    string Omschrijving,
    string Tekst,
    double Kosten,
    double Budget,
    bool InBuurt,
    string BuurtNaam,
    bool IsCommercieel,
    string Bron);
