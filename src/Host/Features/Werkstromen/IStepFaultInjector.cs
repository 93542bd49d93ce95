
namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// A test seam: called inside a step's transaction after the workflow state was written and before each of the
/// step's domain effects (and once more before the commit, with index = number of effects). Registered only by
/// fault-injection tests, to prove that a crash at any of those points leaves nothing half done.
/// </summary>
public interface IStepFaultInjector
{
    ValueTask BeforeEffectAsync(string instanceId, int effectIndex, CancellationToken cancellationToken);
}
