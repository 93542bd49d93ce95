namespace Participatie.Host.Accounts;

/// <summary>The staff roles. Residents have no account: they only reach the chat channel.</summary>
public static class StaffRoles
{
    public const string Wijkcoordinator = "wijkcoordinator";
    public const string Corporatie = "corporatie";
    public const string Afdeling = "afdeling";
    public const string Beleid = "beleid";
    public const string Beheer = "beheer";

    public static readonly IReadOnlyList<string> All = [Wijkcoordinator, Corporatie, Afdeling, Beleid, Beheer];

    public static bool IsKnown(string role) => All.Contains(role);
}
