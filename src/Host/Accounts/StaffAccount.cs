namespace Participatie.Host.Accounts;

/// <summary>A local staff account. Passwords are stored only as ASP.NET Core Identity hashes.</summary>
public class StaffAccount
{
    public int Id { get; set; }
    public required string Gebruikersnaam { get; set; }
    public required string Naam { get; set; }
    public string PasswordHash { get; set; } = "";
    public List<string> Rollen { get; set; } = [];

    /// <summary>Corporation the account works for (role corporatie): it sees initiatives where that corporation owns homes.</summary>
    public int? WoningcorporatieId { get; set; }

    /// <summary>The wijken (CBS codes) a wijkcoördinator works in; empty means the whole municipality.</summary>
    public List<string> WijkCodes { get; set; } = [];

    public bool IsActief { get; set; } = true;

    /// <summary>
    /// Changes whenever what a sign-in was based on changes (password, roles, deactivation) and at logout. Every session
    /// cookie carries the stamp it was issued with; a cookie with another stamp no longer signs anyone in.
    /// </summary>
    public string SecurityStamp { get; set; } = "";
    public DateTime AangemaaktOp { get; set; }
}
