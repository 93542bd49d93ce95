using Participatie.Bot.Diensten;

namespace Participatie.Host.Features.Regels;

/// <summary>Judges which support an initiative (or a resident's loose answers) qualifies for, with reasons.</summary>
public interface IOndersteuningsBeoordelaar
{
    IReadOnlyCollection<OndersteuningsGegeven> BenodigdeGegevens { get; }

    Task<OndersteuningsAdvies> BeoordeelAsync(OndersteuningsVraag vraag, CancellationToken ct);
}
