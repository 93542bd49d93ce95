using Participatie.Burgerberaad.Diagnostics;

namespace Participatie.Burgerberaad.Csv;

/// <summary>What a reader produced: the value when the file was valid, otherwise every problem found, each located.</summary>
public sealed record ReadResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics) where T : class
{
    public bool Succeeded => Value is not null && Diagnostics.Count == 0;
}
