namespace Participatie.Host.Features.Taken;

public enum TaakAfrondingResultaat
{
    Afgerond,
    NietGevonden,
    NietToegestaan,
    AlAfgerond,
    OngeldigeUitkomst,
}
