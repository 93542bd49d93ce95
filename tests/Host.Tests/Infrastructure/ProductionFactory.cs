namespace Participatie.Host.Tests.Infrastructure;

/// <summary>The host as it runs in production: no demo accounts.</summary>
public sealed class ProductionFactory() : ParticipatieFactory("Production");
