using System.ComponentModel.DataAnnotations;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>One API key for workflow endpoints: a name (shown in the journal as the caller) and the SHA-256 of the key.</summary>
public sealed class WerkstroomApiSleutel
{
    [Required]
    public string Naam { get; set; } = "";

    /// <summary>Lower- or upper-case hex of SHA-256 over the key's UTF-8 bytes (e.g. <c>printf %s KEY | sha256sum</c>).</summary>
    [Required]
    [RegularExpression("^[0-9a-fA-F]{64}$")]
    public string Sha256 { get; set; } = "";

    /// <summary>The staff role this key counts as for endpoints with a policy; empty: only endpoints without one.</summary>
    public string? Rol { get; set; }
}
