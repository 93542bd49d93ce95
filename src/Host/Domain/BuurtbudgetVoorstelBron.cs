namespace Participatie.Host.Domain;

/// <summary>Where a buurtbudget proposal came from.</summary>
public enum BuurtbudgetVoorstelBron
{
    Chat,
    Initiatief,
}
