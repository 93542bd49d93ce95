using Microsoft.Extensions.DependencyInjection;
using Participatie.Bot.Diensten;
using Participatie.Bot.Flows;
using Participatie.Bot.Runtime;
using Participatie.Bot.State;

namespace Participatie.Bot;

/// <summary>
/// Registers the resident bot, as Bot Builder's <c>AddBot&lt;T&gt;()</c>: one <see cref="BotAdapter"/> per application,
/// over the application's state storage (<typeparamref name="TStorage"/>) and the services it answers from
/// (<typeparamref name="TDiensten"/>: initiatives, support, status), on the application's clock.
/// </summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddBot<TStorage, TDiensten>(this IServiceCollection services, Action<IServiceProvider, Exception, Schema.Activity>? onTurnError = null)
        where TStorage : class, IBotStorage
        where TDiensten : class, IParticipatieDiensten
    {
        services.AddSingleton<IBotStorage, TStorage>();
        services.AddSingleton<IParticipatieDiensten, TDiensten>();
        services.AddSingleton(sp => ParticipatieBotFactory.CreateAdapter(
            sp.GetRequiredService<IBotStorage>(),
            sp.GetRequiredService<IParticipatieDiensten>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            onTurnError: onTurnError is null ? null : (exception, activity) => onTurnError(sp, exception, activity),
            buurtbudget: sp.GetService<IBuurtbudgetDiensten>(),
            uitdaagrecht: sp.GetService<IUitdaagrechtDiensten>(),
            uitwisseling: sp.GetService<IUitwisselingDiensten>(),

            burgerberaad: sp.GetService<IBurgerberaadDiensten>()));
        return services;
    }
}
