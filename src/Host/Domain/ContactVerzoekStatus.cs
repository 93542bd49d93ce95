namespace Participatie.Host.Domain;

/// <summary>Where a request to put two initiators in touch stands.</summary>
public enum ContactVerzoekStatus
{
    /// <summary>The asking initiator said yes; the other one has been asked in the chat.</summary>
    WachtOpAnder,

    /// <summary>Both said yes: each got the other's contact details.</summary>
    Gedeeld,

    /// <summary>The other initiator said no.</summary>
    Geweigerd,

    /// <summary>One of them withdrew consent before or after sharing.</summary>
    Ingetrokken,
}
