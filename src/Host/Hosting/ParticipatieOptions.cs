namespace Participatie.Host.Hosting;

/// <summary>
/// Start-up settings under the <c>Participatie</c> configuration section. The same section also holds the database
/// settings (<see cref="Data.DatabaseOptions"/>) and the web server's limits (<see cref="Security.SecurityOptions"/>);
/// each part is read by the code that owns it.
/// </summary>
public sealed class ParticipatieOptions
{
    public const string SectionName = "Participatie";

    /// <summary>Fill an empty database with the demo gemeente on first start.</summary>
    public bool SeedDemoData { get; set; } = true;
}
