using Participatie.Bot.Dialogs;
using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Runtime;
using Participatie.Bot.Schema;
using Participatie.Bot.State;

namespace Participatie.Bot.Flows;

/// <summary>
/// The Participatie resident bot: welcome and main menu, free-text routing to the intake, support and
/// status dialogs, interruptions (stop, help, opnieuw, menu) at any point, and state saved every turn.
/// </summary>
public sealed class ParticipatieBot : IBot
{
    /// <summary>The Web Chat event sent when the chat opens; the bot answers it with the welcome.</summary>
    public const string JoinEventName = "webchat/join";

    private readonly BotState<ConversationData> _conversationState;
    private readonly BotState<UserData> _userState;
    private readonly BotTexts _texts;
    private readonly IParticipatieDiensten _diensten;
    private readonly IBuurtbudgetDiensten? _buurtbudget;
    private readonly IUitdaagrechtDiensten? _uitdaagrecht;
    private readonly IUitwisselingDiensten? _uitwisseling;
    private readonly DialogSet _dialogs = new();

    public ParticipatieBot(IBotStorage storage, IParticipatieDiensten diensten, BotTexts? texts = null, IBuurtbudgetDiensten? buurtbudget = null,
        IUitdaagrechtDiensten? uitdaagrecht = null, IUitwisselingDiensten? uitwisseling = null, IBurgerberaadDiensten? burgerberaad = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(diensten);
        _texts = texts ?? BotTexts.Default;
        _diensten = diensten;
        _conversationState = BotState<ConversationData>.ForConversation(storage);
        _userState = BotState<UserData>.ForUser(storage);
        _dialogs.Add(new IntakeDialog(diensten, _texts));
        _dialogs.Add(new OndersteuningDialog(diensten, _texts));
        _dialogs.Add(new StatusDialog(diensten, _texts));
        _dialogs.Add(new IntrekDialog(diensten, _texts));
        _buurtbudget = buurtbudget;
        if (buurtbudget is not null)
        {
            _dialogs.Add(new Buurtbudget.BuurtbudgetVoorstelDialog(buurtbudget, _texts));
            _dialogs.Add(new Buurtbudget.BuurtbudgetStemDialog(buurtbudget, _texts));
        }

        _uitdaagrecht = uitdaagrecht;
        _uitwisseling = uitwisseling;
        if (uitdaagrecht is not null)
        {
            _dialogs.Add(new UitdaagrechtDialog(diensten, uitdaagrecht, _texts));
            _dialogs.Add(new UitdaagrechtStatusDialog(uitdaagrecht, _texts));
        }

        if (uitwisseling is not null)
        {
            _dialogs.Add(new UitwisselingDialog(uitwisseling, _texts));
        }

        _dialogs.Add(new BurgerberaadDialog(burgerberaad, _texts));
    }

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var conversation = await _conversationState.GetAsync(turn, cancellationToken);
        if (BotLocale.Resolve(turn.Activity.Locale ?? JoinLanguage(turn.Activity)) is { } locale)
        {
            conversation.Locale = locale;
            turn.Locale = locale;
        }
        else if (conversation.Locale is not null)
        {
            turn.Locale = conversation.Locale;
        }

        switch (turn.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turn, conversation, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate when UserJoined(turn.Activity):
            case ActivityTypes.Event when string.Equals(turn.Activity.Name, JoinEventName, StringComparison.OrdinalIgnoreCase):
                if (!conversation.Welkom)
                {
                    conversation.Welkom = true;
                    await SendWelcomeAsync(turn, cancellationToken);
                }

                break;
            case ActivityTypes.EndOfConversation:
                await new DialogContext(_dialogs, turn, conversation.Dialogen).CancelAllDialogsAsync(cancellationToken);
                break;
        }

        await _conversationState.SaveAsync(turn, cancellationToken);
        await _userState.SaveAsync(turn, cancellationToken);
    }

    private async Task OnMessageAsync(TurnContext turn, ConversationData conversation, CancellationToken cancellationToken)
    {
        conversation.Welkom = true;
        var dc = new DialogContext(_dialogs, turn, conversation.Dialogen);
        var locale = turn.Locale;

        if (turn.Text.Length == 0 && turn.Activity.GetValueAsString() is null && !Buurtbudget.BuurtbudgetStemkaart.IsInzending(turn.Activity))
        {
            var key = turn.Activity.Attachments is { Count: > 0 } ? TextKeys.AttachmentNotSupported : TextKeys.EmptyMessage;
            await turn.SendAsync(_texts.Get(locale, key), cancellationToken);
            await RepromptOrMenuAsync(dc, cancellationToken);
            return;
        }

        if (turn.InputWasTruncated)
        {
            await turn.SendAsync(_texts.Format(locale, TextKeys.MessageTooLong, turn.Options.MaxInputLength), cancellationToken);
        }

        switch (InterruptionRecognizer.Recognize(turn.Text))
        {
            case Interruption.Stop:
                var stopped = await dc.CancelAllDialogsAsync(cancellationToken);
                await turn.SendAsync(_texts.Get(locale, stopped.Status == DialogTurnStatus.Cancelled ? TextKeys.Stopped : TextKeys.NothingToStop), cancellationToken);
                await SendMenuAsync(turn, TextKeys.MenuAnythingElse, cancellationToken);
                return;
            case Interruption.Help:
                await turn.SendAsync(_texts.Get(locale, dc.ActiveDialog is null ? TextKeys.HelpGeneral : TextKeys.HelpInDialog), cancellationToken);
                await RepromptOrMenuAsync(dc, cancellationToken);
                return;
            case Interruption.Restart:
                var active = dc.ActiveDialog?.Id;
                await dc.CancelAllDialogsAsync(cancellationToken);
                if (active is null)
                {
                    await SendWelcomeAsync(turn, cancellationToken);
                    return;
                }

                await turn.SendAsync(_texts.Get(locale, TextKeys.Restarted), cancellationToken);
                var restarted = await dc.BeginDialogAsync(active, await StartOptionsAsync(turn, active, conversation, cancellationToken), cancellationToken);
                await AfterDialogAsync(turn, conversation, restarted, cancellationToken);
                return;
            case Interruption.Menu:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await SendMenuAsync(turn, TextKeys.MenuPrompt, cancellationToken);
                return;
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await RouteAsync(turn, dc, conversation, cancellationToken);
        }

        await AfterDialogAsync(turn, conversation, result, cancellationToken);

        if (!turn.Responded)
        {
            await turn.SendAsync(_texts.Get(locale, TextKeys.NotUnderstood), cancellationToken);
            await RepromptOrMenuAsync(dc, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> RouteAsync(TurnContext turn, DialogContext dc, ConversationData conversation, CancellationToken cancellationToken)
    {
        if (Buurtbudget.BuurtbudgetStemkaart.IsInzending(turn.Activity))
        {
            // A ballot card pressed after its voting dialog ended: nothing to count it against (the code is not kept). Its
            // choices are still a ballot: not kept in the transcript.
            turn.MarkConfidential();
            await turn.SendAsync(_texts.Get(turn.Locale, Buurtbudget.BuurtbudgetTextKeys.BudgetCardExpired), cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var intent = IntentRecognizer.Recognize(turn.Text);

        // A burgerberaad letter's code has the same form as a buurtbudget voting code: when the resident names the
        // burgerberaad, the code is theirs to register with, not a ballot.
        switch (_buurtbudget is null || intent.Intent == Intent.Burgerberaad ? null : Buurtbudget.BuurtbudgetRecognizer.Recognize(turn.Text))
        {
            case Buurtbudget.BuurtbudgetWens.Voorstellen:
                var slots = new Slots.SlotExtractor(_diensten.Hulpsoorten).Extract(turn.Text, turn.Today, BotLocale.Language(turn.Locale) == "en");
                return await dc.BeginDialogAsync(nameof(Buurtbudget.BuurtbudgetVoorstelDialog), Buurtbudget.BuurtbudgetVoorstelDialog.Begin(slots), cancellationToken);
            case Buurtbudget.BuurtbudgetWens.Stemmen:
                return await dc.BeginDialogAsync(nameof(Buurtbudget.BuurtbudgetStemDialog), Buurtbudget.BuurtbudgetStemDialog.Begin(turn.Text), cancellationToken);
        }

        if (intent.Intent == Intent.Support && intent.Reference is null && BeschrijftInitiatief(turn))
        {
            // "wij willen een straatfeest … en we zoeken geld" describes an initiative that needs money: that is an intake,
            // and the support question can still be asked in the middle of it.
            intent = new IntentResult(Intent.StartInitiative, turn.Text.Trim().TrimEnd('.', '!'));
        }

        switch (intent.Intent)
        {
            case Intent.StartInitiative:
                // What the resident told the support check is not asked again (GedeeldeFeiten).
                var intake = conversation.Feiten?.NaarIntake(intent.Idea) ?? new IntakeState { Idee = intent.Idea };
                return await dc.BeginDialogAsync(nameof(IntakeDialog), intake, cancellationToken);
            case Intent.Support:
                var support = (OndersteuningState)(await StartOptionsAsync(turn, nameof(OndersteuningDialog), conversation, cancellationToken))!;
                support.Referentie = intent.Reference;
                if (intent.Reference is null)
                {
                    await VulOndersteuningAsync(turn, support, conversation, cancellationToken);
                }

                return await dc.BeginDialogAsync(nameof(OndersteuningDialog), support, cancellationToken);
            case Intent.Status:
                var status = intent.Reference is { } reference
                    ? new StatusState { Referenties = [reference] }
                    : await StartOptionsAsync(turn, nameof(StatusDialog), conversation, cancellationToken);
                return await dc.BeginDialogAsync(nameof(StatusDialog), status, cancellationToken);
            case Intent.Withdraw:
                return await dc.BeginDialogAsync(nameof(IntrekDialog), new IntrekState { Referentie = intent.Reference }, cancellationToken);
            case Intent.Uitdaagrecht when _uitdaagrecht is not null:
                return await dc.BeginDialogAsync(nameof(UitdaagrechtDialog), new UitdaagrechtState { Taak = intent.Idea }, cancellationToken);
            case Intent.UitdaagrechtStatus when _uitdaagrecht is not null:
                return await dc.BeginDialogAsync(nameof(UitdaagrechtStatusDialog), new StatusState(), cancellationToken);
            case Intent.Vergelijkbaar when _uitwisseling is not null:
                return await dc.BeginDialogAsync(nameof(UitwisselingDialog), new UitwisselingState(), cancellationToken);
            case Intent.UitwisselingActie when _uitwisseling is not null:
                await UitwisselingAntwoorden.HandleAsync(turn, intent, _uitwisseling, _texts, cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Empty);
            case Intent.Uitdaagrecht or Intent.UitdaagrechtStatus or Intent.Vergelijkbaar or Intent.UitwisselingActie:
                await turn.SendAsync(_texts.Get(turn.Locale, TextKeys.UitdaagrechtNotAvailable), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Empty);
            case Intent.Burgerberaad:
                return await dc.BeginDialogAsync(nameof(BurgerberaadDialog), new BurgerberaadState { EersteBericht = turn.Text }, cancellationToken);
            case Intent.Greeting:
                await SendMenuAsync(turn, TextKeys.Greeting, cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Empty);
            case Intent.Thanks:
                await SendMenuAsync(turn, TextKeys.Thanks, cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Empty);
            default:
                await turn.SendAsync(_texts.Get(turn.Locale, TextKeys.NotUnderstood), cancellationToken);
                await SendMenuAsync(turn, TextKeys.MenuPrompt, cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Empty);
        }
    }

    private async Task AfterDialogAsync(TurnContext turn, ConversationData conversation, DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (result.Status != DialogTurnStatus.Complete)
        {
            return;
        }

        if (result.Result is GedeeldeFeiten feiten)
        {
            conversation.Feiten = feiten;
        }

        if (result.Result is IntakeResultaat intake)
        {
            conversation.Feiten = null;
            if (!conversation.Referenties.Contains(intake.Referentie))
            {
                conversation.Referenties.Add(intake.Referentie);
            }

            var user = await _userState.GetAsync(turn, cancellationToken);
            if (!user.Referenties.Contains(intake.Referentie))
            {
                user.Referenties.Add(intake.Referentie);
            }
        }

        await SendMenuAsync(turn, TextKeys.MenuAnythingElse, cancellationToken);
    }

    /// <summary>The options a top-level dialog starts with: the reference numbers known from this conversation and this user.</summary>
    private async Task<object?> StartOptionsAsync(TurnContext turn, string dialogId, ConversationData conversation, CancellationToken cancellationToken)
    {
        var user = await _userState.GetAsync(turn, cancellationToken);
        List<string> known = [.. conversation.Referenties.Union(user.Referenties, StringComparer.Ordinal)];
        return dialogId switch
        {
            nameof(OndersteuningDialog) => new OndersteuningState { BekendeReferenties = known },
            nameof(StatusDialog) => new StatusState { Referenties = known },
            _ => null,
        };
    }

    private async Task RepromptOrMenuAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
        else
        {
            await SendMenuAsync(dc.Turn, TextKeys.MenuPrompt, cancellationToken);
        }
    }

    private Task SendWelcomeAsync(TurnContext turn, CancellationToken cancellationToken) =>
        SendMenuAsync(turn, TextKeys.Welcome, cancellationToken);

    private Task SendMenuAsync(TurnContext turn, string textKey, CancellationToken cancellationToken)
    {
        var locale = turn.Locale;
        var message = Activity.CreateMessage(_texts.Get(locale, textKey));
        message.SuggestedActions = new SuggestedActions
        {
            Actions =
            [
                CardAction.ImBack(_texts.Get(locale, TextKeys.MenuStart)),
                CardAction.ImBack(_texts.Get(locale, TextKeys.MenuSupport)),
                CardAction.ImBack(_texts.Get(locale, TextKeys.MenuStatus)),
                CardAction.ImBack(_texts.Get(locale, TextKeys.MenuHelp)),
            ],
        };
        return turn.SendAsync(message, cancellationToken);
    }

    /// <summary>Web Chat samples send <c>{ name: "webchat/join", value: { language } }</c>; use that language when the activity has no locale.</summary>
    private static string? JoinLanguage(Activity activity)
    {
        if (activity.Type != ActivityTypes.Event || !string.Equals(activity.Name, JoinEventName, StringComparison.OrdinalIgnoreCase)
            || activity.Value is not { ValueKind: System.Text.Json.JsonValueKind.Object } value)
        {
            return null;
        }

        foreach (var name in new[] { "language", "locale" })
        {
            if (value.TryGetProperty(name, out var language) && language.ValueKind == System.Text.Json.JsonValueKind.String)
            {
                return language.GetString();
            }
        }

        return null;
    }

    /// <summary>
    /// The support question itself may hold facts ("kan ik subsidie krijgen voor een buurtfeest met 20 buren in de Schadewijk?"),
    /// and so may an earlier support check: the rules get them without asking, and the intake later too.
    /// </summary>
    private async Task VulOndersteuningAsync(TurnContext turn, OndersteuningState support, ConversationData conversation, CancellationToken cancellationToken)
    {
        var eerder = conversation.Feiten;
        if (eerder is not null)
        {
            support.Feiten = eerder;
            support.Postcode = eerder.Postcode;
            support.BuurtCode = eerder.BuurtCode;
            support.BuurtNaam = eerder.BuurtNaam;
            support.AantalBuurtgenoten = eerder.AantalBuurtgenoten;
            support.Startdatum = eerder.Startdatum;
        }

        var slots = new Slots.SlotExtractor(_diensten.Hulpsoorten).Extract(turn.Text, turn.Today, BotLocale.Language(turn.Locale) == "en");
        var feiten = support.Feiten;
        feiten.Titel = slots.Waarde(Slots.SlotSoort.Titel) ?? feiten.Titel;
        feiten.MetWie = slots.Waarde(Slots.SlotSoort.MetWie) ?? feiten.MetWie;
        if (slots.Waarden(Slots.SlotSoort.Hulp).ToList() is { Count: > 0 } hulp)
        {
            feiten.Hulp = hulp;
        }

        if (slots.Waarde(Slots.SlotSoort.Aantal) is { } aantal)
        {
            support.AantalBuurtgenoten = int.Parse(aantal, System.Globalization.CultureInfo.InvariantCulture);
            support.VoorOfMetBuurtgenoten ??= support.AantalBuurtgenoten > 0 ? true : null;
        }

        if (slots.Waarde(Slots.SlotSoort.Bedrag) is { } bedrag)
        {
            support.GevraagdBedrag = decimal.Parse(bedrag, System.Globalization.CultureInfo.InvariantCulture);
            support.BedragGevraagd = true;
        }

        if (slots.Waarde(Slots.SlotSoort.Startdatum) is { } datum)
        {
            support.Startdatum = DateOnly.ParseExact(datum, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var plaats in slots.Waarden(Slots.SlotSoort.Postcode).Concat(slots.Waarden(Slots.SlotSoort.Plaats)))
        {
            var buurten = await _diensten.ZoekBuurtenAsync(plaats, cancellationToken);
            if (buurten.Count > 0)
            {
                var isPostcode = slots.Waarden(Slots.SlotSoort.Postcode).Contains(plaats);
                support.Postcode = isPostcode ? plaats : null;
                support.BuurtCode = buurten[0].Code;
                support.BuurtNaam = buurten[0].Naam;
                break;
            }
        }
    }

    /// <summary>A statement (not a question) that names what the initiative is: a title word such as "straatfeest".</summary>
    private bool BeschrijftInitiatief(TurnContext turn)
    {
        var slots = new Slots.SlotExtractor(_diensten.Hulpsoorten).Extract(turn.Text, turn.Today, BotLocale.Language(turn.Locale) == "en");
        return !slots.IsVraag && slots.Heeft(Slots.SlotSoort.Titel);
    }

    private static bool UserJoined(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id is { Length: > 0 } id && !string.Equals(id, activity.Recipient?.Id, StringComparison.Ordinal)) == true;
}
