using System.Text.Json.Nodes;
using Participatie.Workflows.Model;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Persistence;

/// <summary>
/// Checks that a store implementation keeps the contract the engine relies on. The Host calls these from its tests
/// with its EF Core stores (each check gets a fresh, empty store from the factory). A broken rule throws
/// <see cref="StoreContractException"/> naming it.
/// </summary>
public static class StoreConformance
{
    public static async Task VerifyInstanceStoreAsync(Func<IWorkflowInstanceStore> createEmptyStore, CancellationToken ct = default)
    {
        var store = createEmptyStore();
        var instance = NewInstance("conf-1", "corr-1");
        await store.SaveAsync(instance, 0, ct);
        Check(instance.ConcurrencyVersion == 1, "SaveAsync(expectedVersion 0) sets ConcurrencyVersion to 1 on the instance");
        await ExpectConflictAsync(() => store.SaveAsync(NewInstance("conf-1", "corr-1"), 0, ct), "a second insert with expectedVersion 0 is rejected");

        var a = await store.FindAsync("conf-1", ct) ?? throw new StoreContractException("FindAsync returns a saved instance");
        var b = await store.FindAsync("conf-1", ct) ?? throw new StoreContractException("FindAsync returns a saved instance");
        Check(!ReferenceEquals(a, b), "FindAsync returns copies, not shared objects");
        Check(a.ConcurrencyVersion == 1, "FindAsync returns the stored ConcurrencyVersion");
        Check(a.Variables["Amount"]?.GetValue<int>() == 250 && a.Bookmarks.First(b => b.Name == "Elsa.RunTask").Payload?["taskName"]?.GetValue<string>() == "Review",
            "all state round-trips (variables, bookmark payloads)");
        a.Name = "first";
        await store.SaveAsync(a, 1, ct);
        b.Name = "stale";
        await ExpectConflictAsync(() => store.SaveAsync(b, 1, ct), "a save with a stale version throws WorkflowConcurrencyException");
        var stored = await store.FindAsync("conf-1", ct);
        Check(stored?.Name == "first" && stored.ConcurrencyVersion == 2, "a rejected save changes nothing");

        var bookmarks = await store.FindBookmarksAsync(new BookmarkQuery { Name = "Elsa.RunTask", Key = "task-1" }, ct);
        Check(bookmarks.Count == 1 && bookmarks[0].InstanceId == "conf-1", "FindBookmarksAsync finds by name and key");
        Check((await store.FindBookmarksAsync(new BookmarkQuery { Name = "Elsa.RunTask", CorrelationId = "other" }, ct)).Count == 0,
            "FindBookmarksAsync respects the correlation id");
        Check((await store.FindBookmarksAsync(new BookmarkQuery { DueBefore = DateTimeOffset.UnixEpoch.AddDays(1) }, ct)).Count == 1
            && (await store.FindBookmarksAsync(new BookmarkQuery { DueBefore = DateTimeOffset.UnixEpoch }, ct)).Count == 0,
            "FindBookmarksAsync(DueBefore) returns only timers due by then");

        await store.SaveAsync(NewInstance("conf-2", "corr-2"), 0, ct);
        var listed = await store.ListAsync(new InstanceFilter { CorrelationId = "corr-2" }, ct);
        Check(listed.Count == 1 && listed[0].Id == "conf-2", "ListAsync filters by correlation id");
        await store.DeleteAsync("conf-2", ct);
        Check(await store.FindAsync("conf-2", ct) is null, "DeleteAsync removes the instance");
    }

    public static async Task VerifyDefinitionStoreAsync(Func<IWorkflowDefinitionStore> createEmptyStore, CancellationToken ct = default)
    {
        var store = createEmptyStore();
        WorkflowDefinition Version(int v, bool published) => new()
        {
            Id = $"conf-def-v{v}", DefinitionId = "conf-def", Name = "Conformance", Version = v, IsPublished = published, IsLatest = true,
            Root = new ActivityNode { Id = "root", Type = "Elsa.WriteLine", Properties = new JsonObject { ["text"] = JsonValue.Create($"v{v}") } },
        };
        await store.SaveAsync(Version(1, true), ct);
        await store.SaveAsync(Version(2, false), ct);
        var v1 = await store.FindByVersionIdAsync("conf-def-v1", ct);
        Check(v1?.Version == 1 && v1.IsPublished && v1.Root?.Properties["text"]?.GetValue<string>() == "v1", "FindByVersionIdAsync round-trips a version");
        var versions = await store.ListVersionsAsync("conf-def", ct);
        Check(versions.Select(v => v.Version).SequenceEqual([1, 2]), "ListVersionsAsync returns all versions, oldest first");
        v1!.IsPublished = false;
        await store.SaveAsync(v1, ct);
        Check((await store.FindByVersionIdAsync("conf-def-v1", ct))?.IsPublished == false, "SaveAsync replaces a version with the same id");
        Check((await store.ListLatestAsync(ct)).Single(d => d.DefinitionId == "conf-def").Version == 2, "ListLatestAsync returns the latest version");
        await store.DeleteAsync("conf-def", ct);
        Check((await store.ListVersionsAsync("conf-def", ct)).Count == 0, "DeleteAsync removes every version");
    }

    private static WorkflowInstance NewInstance(string id, string correlationId) => new()
    {
        Id = id,
        DefinitionId = "conf-def",
        DefinitionVersionId = "conf-def-v1",
        CorrelationId = correlationId,
        Status = WorkflowStatus.Running,
        SubStatus = WorkflowSubStatus.Suspended,
        Variables = new JsonObject { ["Amount"] = 250 },
        CreatedAt = DateTimeOffset.UnixEpoch,
        Bookmarks =
        [
            new Bookmark { Id = id + "-b1", Name = "Elsa.RunTask", Key = id == "conf-1" ? "task-1" : "task-2", CorrelationId = correlationId, Payload = new JsonObject { ["taskName"] = "Review" } },
            new Bookmark { Id = id + "-b2", Name = "Elsa.Delay", CorrelationId = correlationId, DueAt = DateTimeOffset.UnixEpoch.AddHours(1) },
        ],
    };

    private static void Check(bool ok, string rule)
    {
        if (!ok) throw new StoreContractException(rule);
    }

    private static async Task ExpectConflictAsync(Func<Task> save, string rule)
    {
        try
        {
            await save();
        }
        catch (WorkflowConcurrencyException)
        {
            return;
        }
        throw new StoreContractException(rule);
    }
}
