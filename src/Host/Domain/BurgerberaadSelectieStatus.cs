namespace Participatie.Host.Domain;

/// <summary>Where the selection of a burgerberaad is: it runs as background work because large pools take minutes.</summary>
public enum BurgerberaadSelectieStatus
{
    NietGestart,
    InWachtrij,
    Bezig,
    Klaar,

    /// <summary>The engine refused (quotas that cannot be met together, too few volunteers); quotas may be changed and the selection asked again.</summary>
    Mislukt,
}
