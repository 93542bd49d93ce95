namespace Participatie.Host.Features.Privacy;

/// <summary>
/// What beheer searches a person by: the full name (case-insensitive), an e-mail address (case-insensitive) or a
/// phone number (digits only, at least six, so "06-1234 5678" finds "0612345678"). Exact matches only: an
/// inzageverzoek must not show other people who merely look alike.
/// </summary>
public sealed class PersoonsgegevensZoekterm
{
    public PersoonsgegevensZoekterm(string zoek)
    {
        Tekst = zoek.Trim();
        Cijfers = new string(Tekst.Where(char.IsDigit).ToArray());
    }

    public string Tekst { get; }

    public string Cijfers { get; }

    public bool IsNaam(string? naam) => naam is not null && naam.Trim().Equals(Tekst, StringComparison.OrdinalIgnoreCase);

    public bool IsEmail(string? email) => email is not null && email.Trim().Equals(Tekst, StringComparison.OrdinalIgnoreCase);

    public bool IsTelefoon(string? telefoon) =>
        Cijfers.Length >= 6 && telefoon is not null && new string(telefoon.Where(char.IsDigit).ToArray()) == Cijfers;

    /// <summary>One field that holds either an e-mail address or a phone number (a buurtbudget proposer's contact).</summary>
    public bool IsContact(string? contact) => IsEmail(contact) || (contact is not null && !contact.Contains('@', StringComparison.Ordinal) && IsTelefoon(contact));

    public bool Past(string? naam, string? email, string? telefoon) => IsNaam(naam) || IsEmail(email) || IsTelefoon(telefoon);
}
