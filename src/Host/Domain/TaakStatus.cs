namespace Participatie.Host.Domain;

public enum TaakStatus
{
    Open,
    Afgerond,
    Geannuleerd,
}
