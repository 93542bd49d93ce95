namespace Participatie.Host.Taken;

public enum TaakAfrondingResultaat
{
    Afgerond,
    NietGevonden,
    NietToegestaan,
    AlAfgerond,
    OngeldigeUitkomst,
}
