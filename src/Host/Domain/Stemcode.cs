namespace Participatie.Host.Domain;

/// <summary>
/// A voting code printed on a letter to one household. Only its hash is kept, and nothing ties it to an address or a
/// person, so no one — staff included — can tell whose ballot is whose.
/// </summary>
public class Stemcode
{
    public int Id { get; set; }

    public int RondeId { get; set; }

    /// <summary>SHA-256 of the round and the normalised code.</summary>
    public required string Hash { get; set; }
}
