namespace Participatie.Host.Domain;

/// <summary>What an initiative or intervention is about; the routing rules read it.</summary>
public enum Thema
{
    Ontmoeting,
    Groen,
    Spelen,
    Veiligheid,
    Cultuur,
    Sport,
    Zorg,
    Duurzaamheid,
    Anders,
}
