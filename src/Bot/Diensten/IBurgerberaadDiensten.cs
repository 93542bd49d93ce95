namespace Participatie.Bot.Diensten;

/// <summary>
/// What the burgerberaad registration in the chat needs from the Host: find the beraad a letter's code belongs to,
/// and register through the same service as the public page (one code, one registration; a second use updates).
/// Kept apart from <see cref="IParticipatieDiensten"/> so hosts and test fakes without a burgerberaad need nothing new.
/// </summary>
public interface IBurgerberaadDiensten
{
    /// <summary>The beraad whose letters hold this code, with its questions; or why registering is not possible.</summary>
    Task<BurgerberaadZoekResultaat> ZoekBeraadAsync(string code, CancellationToken cancellationToken);

    /// <summary>Registers (or updates the registration of) the household with this code.</summary>
    Task<BurgerberaadAanmeldResultaat> MeldAanAsync(BurgerberaadAanmeldVerzoek verzoek, CancellationToken cancellationToken);
}
