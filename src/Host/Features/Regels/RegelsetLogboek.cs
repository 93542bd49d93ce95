using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// The hash chain of the rules audit trail: each entry's hash covers its fields and the hash of the entry
/// before it, so a changed, removed or inserted entry breaks the chain from that point on.
/// </summary>
public static class RegelsetLogboek
{
    public static RegelsetLogboekRegel Nieuw(RegelsetLogboekRegel? vorige, DateTime op, string door, RegelsetActie actie, RegelsetVersie versie, int? vorigeVersie)
    {
        var regel = new RegelsetLogboekRegel
        {
            Volgnummer = (vorige?.Volgnummer ?? 0) + 1,
            // Whole microseconds: PostgreSQL keeps no finer time, and the hash must cover what the database gives back.
            Op = op.AddTicks(-(op.Ticks % TimeSpan.TicksPerMicrosecond)),
            Door = door,
            Actie = actie,
            Regelset = versie.Regelset,
            Versie = versie.Nummer,
            VorigeVersie = vorigeVersie,
            Sha256 = versie.Sha256,
            Toelichting = versie.Toelichting,
            VorigeHash = vorige?.Hash,
            Hash = "",
        };
        regel.Hash = Bereken(regel);
        return regel;
    }

    /// <summary>True when the entries, in order, form an unbroken chain from number 1.</summary>
    public static bool IsIntact(IEnumerable<RegelsetLogboekRegel> regels)
    {
        string? vorigeHash = null;
        var verwacht = 1;
        foreach (var regel in regels.OrderBy(r => r.Volgnummer))
        {
            if (regel.Volgnummer != verwacht++ || regel.VorigeHash != vorigeHash || regel.Hash != Bereken(regel))
            {
                return false;
            }

            vorigeHash = regel.Hash;
        }

        return true;
    }

    private static string Bereken(RegelsetLogboekRegel regel)
    {
        // Kind-less timestamp: the database gives back the same digits without saying UTC.
        var text = string.Join('\n',
            regel.Volgnummer.ToString(CultureInfo.InvariantCulture),
            regel.Op.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            regel.Door,
            regel.Actie.ToString(),
            regel.Regelset,
            regel.Versie.ToString(CultureInfo.InvariantCulture),
            regel.VorigeVersie?.ToString(CultureInfo.InvariantCulture) ?? "",
            regel.Sha256,
            regel.Toelichting ?? "",
            regel.VorigeHash ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
