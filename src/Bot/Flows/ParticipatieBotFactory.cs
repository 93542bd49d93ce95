using Participatie.Bot.Diensten;
using Participatie.Bot.Localization;
using Participatie.Bot.Runtime;
using Participatie.Bot.State;

namespace Participatie.Bot.Flows;

/// <summary>Composes the Participatie bot for a host: one adapter (a singleton) over the Host's storage, services and clock.</summary>
public static class ParticipatieBotFactory
{
    public static BotAdapter CreateAdapter(
        IBotStorage storage,
        IParticipatieDiensten diensten,
        TimeProvider clock,
        BotOptions? options = null,
        IEnumerable<IMiddleware>? middleware = null,
        Action<Exception, Schema.Activity>? onTurnError = null,
        IBuurtbudgetDiensten? buurtbudget = null,
        IUitdaagrechtDiensten? uitdaagrecht = null,
        IUitwisselingDiensten? uitwisseling = null,
        IBurgerberaadDiensten? burgerberaad = null)
    {
        var texts = BotTexts.Default;
        return new BotAdapter(new ParticipatieBot(storage, diensten, texts, buurtbudget, uitdaagrecht, uitwisseling, burgerberaad), clock, options, middleware, texts)
        {
            OnTurnError = onTurnError,
        };
    }
}
