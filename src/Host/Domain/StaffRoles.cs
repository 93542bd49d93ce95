namespace Participatie.Host.Domain;

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

    /// <summary>
    /// Whether staff with these roles may act for a task's role (<c>Taak.Rol</c>). Councils and boards have no login of
    /// their own: their secretary (beheer) records their advice.
    /// </summary>
    public static bool MagHandelenVoor(IReadOnlyCollection<string> rollen, string taakRol) =>
        rollen.Contains(Beheer)
        || rollen.Contains(taakRol)
        || (taakRol == "woningcorporatie" && rollen.Contains(Corporatie))
        || (taakRol.StartsWith("afdeling", StringComparison.Ordinal) && rollen.Contains(Afdeling))
        || (taakRol == "wijkraad" && rollen.Contains(Wijkcoordinator));
}
