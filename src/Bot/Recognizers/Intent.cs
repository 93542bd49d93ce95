namespace Participatie.Bot.Recognizers;

/// <summary>What a free-text message at the top level of the conversation is about.</summary>
public enum Intent
{
    None,
    StartInitiative,
    Support,
    Status,
    Greeting,
    Thanks,
    Withdraw,
    Uitdaagrecht,
    UitdaagrechtStatus,
    Vergelijkbaar,
    UitwisselingActie,

    /// <summary>Register for a burgerberaad (citizens' assembly) with the code from a letter.</summary>
    Burgerberaad,
}
