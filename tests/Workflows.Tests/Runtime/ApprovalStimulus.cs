using System.Text.Json.Serialization;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Tests.Runtime;

/// <summary>Typed stimulus of the example domain activity.</summary>
public sealed record ApprovalStimulus(string Approver, string Question) : IBookmarkStimulus
{
    [JsonIgnore] public string BookmarkName => AwaitApproval.BookmarkName;
    [JsonIgnore] public string? BookmarkKey => Approver;
}
