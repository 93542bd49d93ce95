using Participatie.Workflows.Runtime;

namespace Participatie.Host.Features.Taken;

/// <summary>
/// The bookmark of a waiting human task. It carries the whole task, so a task row lost between the
/// workflow's save and the task's insert can be recreated from it (see TaakBewaking).
/// </summary>
public sealed record HumanTaskStimulus(
    string Sleutel,
    string Titel,
    string? Omschrijving,
    string Rol,
    string? ToegewezenAan,
    IReadOnlyList<string> Uitkomsten,
    DateTimeOffset Vervaldatum,
    int? InitiatiefId,
    int? ProgrammaId,
    string? BuurtCode) : IBookmarkStimulus
{
    public const string Name = "Participatie.HumanTask";

    public string BookmarkName => Name;

    public string? BookmarkKey => Sleutel;
}
