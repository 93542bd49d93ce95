namespace Participatie.Host.Features.Chat;

/// <summary>
/// Texts to residents that a feature sends from code rather than from a workflow (with placeholders, before filling).
/// They are approved with the release, like the shipped workflows' texts (<see cref="BerichtSjablonen.KeurMeegeleverdeGoedAsync"/>),
/// so nothing waits in normal operation; any other text (a text changed in configuration) is proposed to beheer and waits.
/// </summary>
public interface IMeegeleverdeBerichtteksten
{
    IEnumerable<string> Teksten { get; }
}
