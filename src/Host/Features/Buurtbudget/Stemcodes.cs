using System.Globalization;
using Participatie.Host.Security;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// Voting codes for letters to households (<see cref="Briefcodes"/>), scoped to their round: a code is valid in its
/// own round only. The scope is the round's number, as it has been since the first round, so stored hashes stay valid.
/// </summary>
public static class Stemcodes
{
    public static string Nieuw() => Briefcodes.Nieuw();

    public static bool LijktOpCode(string? code) => Briefcodes.LijktOpCode(code);

    public static string Hash(int rondeId, string code) => Briefcodes.Hash(rondeId.ToString(CultureInfo.InvariantCulture), code);
}
