namespace Participatie.Host.Privacy;

/// <summary>How long personal data is kept (section <c>Participatie:Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Participatie:Privacy";

    /// <summary>
    /// How long after an initiative closes (afgerond, afgewezen, ingetrokken, overgenomen) the initiator's contact data
    /// and the chat conversation are kept; then they are erased. Default one year.
    /// </summary>
    public TimeSpan BewaartermijnContactgegevens { get; set; } = TimeSpan.FromDays(365);
}
