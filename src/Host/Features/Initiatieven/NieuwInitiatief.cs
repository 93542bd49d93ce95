using Participatie.Host.Domain;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>What is needed to register a new initiative, whatever channel it came through.</summary>
public sealed record NieuwInitiatief(
    string Titel,
    string Omschrijving,
    string BuurtCode,
    Thema Thema,
    string? VoorWie,
    string? MetWie,
    int AantalDeelnemers,
    IReadOnlyList<string> Hulp,
    bool WilZelfUitvoeren,
    decimal GeraamdBudget,
    decimal EigenBijdrageGeld,
    int EigenBijdrageUren,
    bool EigenBijdrageMaterialen,
    DateTime? StartDatum,
    string Naam,
    string? Email,
    string? Telefoon,
    string? Postcode,
    string? ConversationId,
    string? Idempotentiesleutel);
