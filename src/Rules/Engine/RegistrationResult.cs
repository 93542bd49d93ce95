using Participatie.Rules.Diagnostics;

namespace Participatie.Rules.Engine;

/// <summary>Whether workflows were registered; when not, the diagnostics say why and the previous version stays in use.</summary>
public sealed record RegistrationResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
}
