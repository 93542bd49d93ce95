using System.Text.Json.Nodes;
using Participatie.Workflows.Activities;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>Waits until a date (from a variable or expression) plus an optional offset in days or working days.</summary>
[Activity("Participatie", "Planning", "Wacht tot een datum (uit een variabele), eventueel plus een aantal (werk)dagen.")]
public sealed class WaitUntil : Activity
{
    public const string BookmarkName = "Participatie.WaitUntil";

    [Input(Description = "De datum; leeg is nu.")]
    public Input<DateTimeOffset?> Datum { get; set; } = new();

    [Input(Description = "Dagen na de datum (mag negatief).")]
    public Input<int?> Dagen { get; set; } = new();

    [Input(Description = "Tel de dagen als werkdagen.")]
    public Input<bool?> Werkdagen { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var datum = await context.GetAsync(Datum) ?? context.Now;
        var dagen = await context.GetAsync(Dagen) ?? 0;
        var moment = await context.GetAsync(Werkdagen) == true ? Domain.Werkdagen.Tel(datum, dagen) : datum.AddDays(dagen);
        if (moment <= context.Now)
        {
            context.Complete();
            return;
        }

        context.CreateBookmark(BookmarkName, dueAt: moment);
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
