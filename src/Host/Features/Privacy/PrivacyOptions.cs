
namespace Participatie.Host.Features.Privacy;

/// <summary>How long personal data is kept (section <c>Participatie:Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Participatie:Privacy";

    /// <summary>
    /// How long after an initiative closes (afgerond, afgewezen, ingetrokken, overgenomen) the initiator's contact data
    /// and the chat conversation are kept; then they are erased. Default one year.
    /// </summary>
    public TimeSpan BewaartermijnContactgegevens { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// How long after the panel of a burgerberaad was drawn the volunteers' names, contact data, availability, street
    /// addresses and chat transcripts are kept. A beraad meets for some months after the draw and calls reserves in
    /// during that time; a year covers that with room for the evaluation. None: <see cref="BewaartermijnContactgegevens"/>.
    /// </summary>
    public TimeSpan? BewaartermijnBurgerberaad { get; set; }

    /// <summary>
    /// How long after a buurtbudget round is over (the end of its execution, <c>UitvoeringTot</c>) the proposers' names
    /// and contact are kept, for questions while their projects are carried out and after. None: <see cref="BewaartermijnContactgegevens"/>.
    /// </summary>
    public TimeSpan? BewaartermijnBuurtbudgetIndieners { get; set; }

    /// <summary>
    /// How long the content of a confidential chat message (casting a vote, a letter's code) stays stored: long enough for
    /// a Direct Line client to fetch it, after which it is replaced by a placeholder. Staff never see it. Default ten minutes.
    /// </summary>
    public TimeSpan BewaartijdVertrouwelijkeChat { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan BurgerberaadTermijn => BewaartermijnBurgerberaad ?? BewaartermijnContactgegevens;

    public TimeSpan BuurtbudgetIndienersTermijn => BewaartermijnBuurtbudgetIndieners ?? BewaartermijnContactgegevens;
}
