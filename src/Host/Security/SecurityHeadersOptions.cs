namespace Participatie.Host.Security;

/// <summary>What <see cref="SecurityHeaders"/> needs to know from the features: who may frame the residents' chat page.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>Origins of municipal sites that embed the chat; empty: nobody may frame it.</summary>
    public IReadOnlyList<string> ChatFrameOrigins { get; set; } = [];
}
