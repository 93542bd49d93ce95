using Participatie.Bot.Schema;

namespace Participatie.Bot.Tests.Testing;

/// <summary>Assertions over one turn's replies.</summary>
public static class Replies
{
    public static string AllText(this IReadOnlyList<Activity> replies) =>
        string.Join("\n", replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text));

    public static IReadOnlyList<Activity> ShouldContain(this IReadOnlyList<Activity> replies, string expected)
    {
        var text = replies.AllText();
        Assert.True(text.Contains(expected, StringComparison.OrdinalIgnoreCase), $"Expected the bot to say \"{expected}\" but it said:\n{text}");
        return replies;
    }

    public static IReadOnlyList<Activity> ShouldNotContain(this IReadOnlyList<Activity> replies, string unexpected)
    {
        var text = replies.AllText();
        Assert.False(text.Contains(unexpected, StringComparison.OrdinalIgnoreCase), $"Did not expect the bot to say \"{unexpected}\" but it said:\n{text}");
        return replies;
    }

    public static IReadOnlyList<string> Buttons(this IReadOnlyList<Activity> replies) =>
        replies.LastOrDefault(r => r.SuggestedActions is not null)?.SuggestedActions!.Actions.Select(a => a.Title ?? string.Empty).ToArray() ?? [];

    public static IReadOnlyList<Activity> ShouldOffer(this IReadOnlyList<Activity> replies, params string[] titles)
    {
        var buttons = replies.Buttons();
        foreach (var title in titles)
        {
            Assert.True(buttons.Contains(title), $"Expected a button \"{title}\" but got: {string.Join(" | ", buttons)}");
        }

        return replies;
    }
}
