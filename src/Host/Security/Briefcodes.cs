using System.Security.Cryptography;
using System.Text;

namespace Participatie.Host.Security;

/// <summary>
/// Codes printed on letters to households (voting codes, burgerberaad registration codes): twelve characters from an
/// alphabet without look-alikes (no 0/O, 1/I/L), 60 bits from the system's secure random generator, printed in groups
/// of four. Stored only as a hash that includes a scope (the round, the beraad), so a code is valid in its own scope
/// only and the database does not hold a usable code.
/// </summary>
public static class Briefcodes
{
    private const string Alfabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Lengte = 12;

    public static string Nieuw()
    {
        Span<char> tekens = stackalloc char[Lengte];
        for (var i = 0; i < Lengte; i++)
        {
            tekens[i] = Alfabet[RandomNumberGenerator.GetInt32(Alfabet.Length)];
        }

        var code = new string(tekens);
        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    /// <summary>What a resident types: spaces, dashes and lower case do not matter.</summary>
    public static string Normaliseer(string code) =>
        new(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static bool LijktOpCode(string? code) =>
        code is not null && Normaliseer(code) is { Length: Lengte } genormaliseerd && genormaliseerd.All(Alfabet.Contains);

    /// <summary>SHA-256 (lower-case hex) of <c>scope:CODE</c>.</summary>
    public static string Hash(string scope, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope + ":" + Normaliseer(code))));
}
