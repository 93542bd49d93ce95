namespace Participatie.Host.Domain;

/// <summary>
/// An address of the imported address list (personal data). Addresses drawn for a letter get a registration code,
/// of which only the hash is kept. Addresses without a registration are erased when the selection is done.
/// </summary>
public class BurgerberaadAdres
{
    public int Id { get; set; }

    public int BeraadId { get; set; }

    /// <summary>Line of the imported file, for messages.</summary>
    public int Regel { get; set; }

    public required string Postcode { get; set; }

    public int Huisnummer { get; set; }

    public string? Toevoeging { get; set; }

    public required string Straat { get; set; }

    public required string Woonplaats { get; set; }

    /// <summary>Hash of the registration code on this address's letter; null when the address was not drawn.</summary>
    public string? CodeHash { get; set; }
}
