namespace Participatie.Host.Features.Privacy;

/// <summary>
/// A feature's own personal data about residents who are not (only) a <c>Bewoner</c>: an uitdaagrecht contact, a
/// buurtbudget proposer, a burgerberaad volunteer. Each feature registers one per kind of record; the inzageverzoek and
/// erasure on request (<see cref="PersoonsgegevensBeheer"/>, <c>/api/privacy/bewoners</c>) ask all of them, so the
/// Privacy feature does not need to know the features' entities. Implementations are scoped and share the request's
/// <c>ParticipatieDbContext</c>: <see cref="WisAsync"/> changes tracked rows and the caller saves them together with the
/// audit entry, so an erasure and its log commit as one.
/// </summary>
public interface IPersoonsgegevensBron
{
    /// <summary>Short, stable name of the kind of record, used in routes and audit entries (<c>uitdaagrecht</c>).</summary>
    string Soort { get; }

    /// <summary>The records (not yet erased) whose name, e-mail address or phone number is the search term.</summary>
    Task<IReadOnlyList<PersoonsgegevensVondst>> ZoekAsync(PersoonsgegevensZoekterm zoek, CancellationToken ct);

    /// <summary>Everything this record holds about the person, for an inzageverzoek; null when unknown.</summary>
    Task<PersoonsgegevensSectie?> ExporteerAsync(int id, CancellationToken ct);

    /// <summary>Erases the record's personal data (and its chat transcript) without saving; false when unknown or already erased.</summary>
    Task<bool> WisAsync(int id, CancellationToken ct);
}

/// <summary>A record found for a search term.</summary>
public sealed record PersoonsgegevensVondst(int Id, string Naam, string? Email, string? Telefoon, string Omschrijving);

/// <summary>
/// One record in an export: what it is (<paramref name="Omschrijving"/>), its fields by Dutch name, and the chat
/// conversations it came from (their transcripts are added by <see cref="PersoonsgegevensBeheer"/>).
/// </summary>
public sealed record PersoonsgegevensSectie(string Omschrijving, IReadOnlyDictionary<string, string?> Gegevens, IReadOnlyList<string> GesprekIds);
