namespace Participatie.Host.Domain;

/// <summary>Where a request under the uitdaagrecht (right to challenge) stands; the resident follows it in the chat.</summary>
public enum UitdaagrechtStatus
{
    Ingediend,
    NietOntvankelijk,
    InBeoordeling,
    BesluitCollege,
    Afgewezen,
    Overeenkomst,
    Lopend,
    Beeindigd,
    Ingetrokken,
}
