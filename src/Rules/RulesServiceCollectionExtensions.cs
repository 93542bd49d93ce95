using Microsoft.Extensions.DependencyInjection;
using Participatie.Rules.Engine;

namespace Participatie.Rules;

/// <summary>
/// Registers the rules engine: one <see cref="RuleSettings"/> (on the application's clock unless configured otherwise)
/// and one thread-safe <see cref="RuleEngine"/> built from them, as RulesEngine is used as a singleton.
/// </summary>
public static class RulesServiceCollectionExtensions
{
    public static IServiceCollection AddRules(this IServiceCollection services, Func<RuleSettings, IServiceProvider, RuleSettings>? configure = null)
    {
        services.AddSingleton(sp =>
        {
            var settings = new RuleSettings { TimeProvider = sp.GetService<TimeProvider>() ?? TimeProvider.System };
            return configure is null ? settings : configure(settings, sp);
        });
        services.AddSingleton(sp => new RuleEngine(sp.GetRequiredService<RuleSettings>()));
        return services;
    }
}
