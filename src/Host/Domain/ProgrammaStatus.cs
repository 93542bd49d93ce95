namespace Participatie.Host.Domain;

public enum ProgrammaStatus
{
    Gepland,
    Actief,
    Afgerond,
    Gestopt,
}
