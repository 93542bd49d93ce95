namespace Participatie.Host.Domain;

/// <summary>The kinds of help a resident can ask for during intake.</summary>
[Flags]
public enum Hulpvraag
{
    Geen = 0,
    Geld = 1,
    Ruimte = 2,
    Materialen = 4,
    Advies = 8,
    Vergunning = 16,
    Contactpersoon = 32,
}
