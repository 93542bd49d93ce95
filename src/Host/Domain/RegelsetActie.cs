namespace Participatie.Host.Domain;

/// <summary>What an audit trail entry records.</summary>
public enum RegelsetActie
{
    Geimporteerd,
    Gepubliceerd,
    Teruggezet,
}
