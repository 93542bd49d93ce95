namespace Participatie.Host.Domain;

/// <summary>What the draw decided for a volunteer.</summary>
public enum BurgerberaadUitkomst
{
    NietGeloot,
    Lid,
    Reserve,
}
