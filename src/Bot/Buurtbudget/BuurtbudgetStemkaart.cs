using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;
using K = Participatie.Bot.Buurtbudget.BuurtbudgetTextKeys;

namespace Participatie.Bot.Buurtbudget;

/// <summary>
/// The approval ballot as an Adaptive Card (1.3): a checkbox per project with its cost, the round's limits stated, and
/// a submit button. Sent with the text ballot on channels that render cards, so typing the numbers keeps working and
/// clients without cards (or without a mouse) lose nothing. The submit comes back as a message without text whose
/// value carries <see cref="Actie"/>, the round and the chosen project codes; the dialog checks it with the same
/// service as the voting page.
/// </summary>
public static class BuurtbudgetStemkaart
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Marks a submit of this card in the activity's value.</summary>
    public const string Actie = "buurtbudget-stemkaart";

    private const string KeuzeVeld = "projecten";

    /// <summary>
    /// Channels whose clients render Adaptive Cards: our own chat page (Bot Framework Web Chat over Direct Line), Web
    /// Chat elsewhere, the Emulator and Teams. Other channels get the text ballot only.
    /// </summary>
    private static readonly HashSet<string> KaartKanalen = new(StringComparer.OrdinalIgnoreCase) { "directline", "webchat", "emulator", "msteams" };

    public static bool KanKaarten(Activity activity) => activity.ChannelId is { } kanaal && KaartKanalen.Contains(kanaal);

    /// <summary>Whether the activity is a submit of a ballot card (of any round, current or not).</summary>
    public static bool IsInzending(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("actie", out var actie) && actie.ValueKind == JsonValueKind.String && actie.GetString() == Actie;

    /// <summary>The round the submitted card belongs to (null when it is not a ballot card's submit).</summary>
    public static int? Ronde(Activity activity) =>
        IsInzending(activity) && activity.Value!.Value.TryGetProperty("ronde", out var ronde) && ronde.TryGetInt32(out var id) ? id : null;

    /// <summary>
    /// The project codes ticked on a submitted card, in the order of the card (empty when none was ticked); null when
    /// the activity is not a ballot card's submit. Web Chat sends a multi-select as one comma-separated string.
    /// </summary>
    public static IReadOnlyList<string>? Keuze(Activity activity)
    {
        if (!IsInzending(activity))
        {
            return null;
        }

        var value = activity.Value!.Value;
        if (!value.TryGetProperty(KeuzeVeld, out var veld))
        {
            return [];
        }

        IEnumerable<string> codes = veld.ValueKind switch
        {
            JsonValueKind.String => (veld.GetString() ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            JsonValueKind.Array => veld.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()),
            _ => [],
        };
        return [.. codes.Where(c => c.Length is > 0 and <= 20)];
    }

    /// <summary>The card for this ballot, in the resident's language; <paramref name="grenzen"/> is the limits sentence of the text ballot.</summary>
    public static Attachment Maak(BuurtbudgetStembiljet biljet, string grenzen, BotTexts texts, string locale)
    {
        var culture = BotTexts.Culture(locale);
        var keuzes = new JsonArray();
        foreach (var p in biljet.Projecten)
        {
            keuzes.Add(new JsonObject
            {
                ["title"] = string.Create(culture, $"{p.Code}. {p.Titel} — {p.Kosten.ToString("C0", culture)}"),
                ["value"] = p.Code,
            });
        }

        var kaart = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.3",
            ["lang"] = BotLocale.IsEnglish(locale) ? "en" : "nl",
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = biljet.Naam, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = grenzen, ["wrap"] = true },
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet",
                    ["id"] = KeuzeVeld,
                    ["isMultiSelect"] = true,
                    ["style"] = "expanded",
                    ["label"] = texts.Get(locale, K.BudgetCardLabel),
                    ["isRequired"] = true,
                    ["errorMessage"] = texts.Get(locale, K.BudgetCardNothingChosen),
                    ["choices"] = keuzes,
                },
            },
            ["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = texts.Get(locale, K.BudgetCardSubmit),
                    ["data"] = new JsonObject { ["actie"] = Actie, ["ronde"] = biljet.RondeId },
                },
            },
        };
        return new Attachment { ContentType = ContentType, Content = JsonSerializer.SerializeToElement(kaart) };
    }

    /// <summary>The ballot's numbers as the text path would read them ("1, 3"), for the summary.</summary>
    public static string Samenvatting(IEnumerable<BuurtbudgetKeuze> gekozen) =>
        string.Join(", ", gekozen.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Code}. {p.Titel}")));
}
