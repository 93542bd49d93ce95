using Participatie.Host.Domain;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>Something that must happen once an initiative is stored, such as starting its routing workflow.</summary>
public interface IInitiatiefIngediendHandler
{
    Task OnIngediendAsync(Initiatief initiatief, CancellationToken ct);
}
