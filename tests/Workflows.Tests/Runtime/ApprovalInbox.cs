namespace Participatie.Workflows.Tests.Runtime;

/// <summary>A domain service the example activity gets from the engine's service provider.</summary>
public sealed class ApprovalInbox : IServiceProvider
{
    public List<(string InstanceId, string BookmarkId, string Approver)> Items { get; } = [];
    public void Add(string instanceId, string bookmarkId, string approver) => Items.Add((instanceId, bookmarkId, approver));
    public object? GetService(Type serviceType) => serviceType == typeof(ApprovalInbox) ? this : null;
}
