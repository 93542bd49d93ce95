using Participatie.Host.Features.Werkstromen;
using Participatie.Workflows.Activities;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>The workflow variable (or input) that tells the uitdaagrecht activities which request they serve.</summary>
public static class UitdaagrechtVariabelen
{
    public const string VerzoekId = "UitdaagrechtVerzoekId";

    public static int Verzoek(ActivityExecutionContext context, string activityId) =>
        WorkflowVariables.Int(context, VerzoekId)
        ?? throw new InvalidOperationException($"Activiteit '{activityId}': de werkstroom heeft geen variabele of invoer {VerzoekId}.");
}
