namespace Participatie.Bot.Diensten;

/// <summary>What happened to a resident's request to withdraw an initiative.</summary>
public enum IntrekResultaat
{
    Ingetrokken,

    /// <summary>No such initiative started in this conversation (a resident can only withdraw their own).</summary>
    NietGevonden,

    /// <summary>Already completed or withdrawn.</summary>
    NietMogelijk,
}
