using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// Role × endpoint: every endpoint has a written decision of who may call it, and the host enforces exactly that.
/// A new endpoint without a decision fails the first test — decide, then add it to <see cref="Beslissingen"/>.
/// What a permitted role then sees of residents' data is decided per relationship (docs/privacy.md).
/// </summary>
public sealed class EndpointMatrixTests : IClassFixture<ParticipatieFactory>
{
    private const string Anoniem = "anoniem";
    private const string Staf = "wijkcoordinator,corporatie,afdeling,beleid,beheer";
    private const string Beleid = "beleid,beheer";
    private const string Beheer = "beheer";
    private const string WorkflowBewerken = "afdeling,beheer";

    private static readonly string[] Rollen = ["wijkcoordinator", "corporatie", "afdeling", "beleid", "beheer"];

    /// <summary>Who may call each endpoint: anonymous, or the staff roles listed.</summary>
    private static readonly Dictionary<string, string> Beslissingen = new(StringComparer.Ordinal)
    {
        ["* /health"] = Anoniem,
        ["GET /chat"] = Anoniem,
        ["GET /login"] = Anoniem,
        ["POST /api/auth/login"] = Anoniem,
        ["POST /api/auth/logout"] = Anoniem,
        ["POST /api/chat/token"] = Anoniem,
        ["GET /api/open-data/"] = Anoniem,
        ["GET /api/open-data/{bestand}"] = Anoniem,
        // Buurtbudget: the ballot, voting with a code from a letter, the result and the anonymous ballots are public.
        ["GET /buurtbudget/{id:int}"] = Anoniem,
        ["GET /api/buurtbudget/{id:int}"] = Anoniem,
        ["POST /api/buurtbudget/{id:int}/stem"] = Anoniem,
        ["GET /api/buurtbudget/{id:int}/uitslag"] = Anoniem,
        ["GET /api/buurtbudget/{id:int}/pabulib"] = Anoniem,
        ["GET /api/buurtbudget/rondes/"] = Beleid,
        ["POST /api/buurtbudget/rondes/"] = Beleid,
        ["POST /api/buurtbudget/rondes/{id:int}/projecten"] = Beleid,
        ["POST /api/buurtbudget/rondes/{id:int}/stemcodes"] = Beleid,
        ["POST /api/buurtbudget/rondes/pabulib"] = Beleid,
        // Proposals carry the proposer's optional contact: beleid only (docs/privacy.md).
        ["GET /api/buurtbudget/rondes/{id:int}/voorstellen"] = Beleid,
        ["POST /api/buurtbudget/rondes/{id:int}/voorstellen/initiatief"] = Beleid,
        ["GET /api/buurtbudget/rondes/{id:int}/kandidaten"] = Beleid,
        // Results of closed rounds as open data.
        ["GET /open-data/buurtbudget/"] = Anoniem,
        ["GET /open-data/buurtbudget/{id:int}/uitslag.json"] = Anoniem,
        ["GET /open-data/buurtbudget/{id:int}/uitslag.csv"] = Anoniem,
        // Uitdaagrecht: the staff who assess, decide and evaluate (the residents' contact only in the detail).
        ["GET /api/uitdaagrecht/"] = "wijkcoordinator,afdeling,beleid,beheer",
        ["GET /api/uitdaagrecht/{id:int}"] = "wijkcoordinator,afdeling,beleid,beheer",
        ["POST /api/uitdaagrecht/{id:int}/beoordeling"] = "wijkcoordinator,afdeling,beleid,beheer",
        ["POST /api/uitdaagrecht/{id:int}/besluit"] = "wijkcoordinator,afdeling,beleid,beheer",
        ["POST /api/uitdaagrecht/{id:int}/overeenkomst"] = "wijkcoordinator,afdeling,beleid,beheer",
        ["POST /api/uitdaagrecht/{id:int}/evaluatie"] = "wijkcoordinator,afdeling,beleid,beheer",
        ["POST /api/uitdaagrecht/{id:int}/intrekken"] = "wijkcoordinator,afdeling,beleid,beheer",
        // Exchange between initiatives: similar initiatives and consent states, never contact details.
        ["GET /api/uitwisseling/initiatieven/{id:int}/vergelijkbaar"] = "wijkcoordinator,beleid,beheer",
        ["GET /api/uitwisseling/contactverzoeken"] = "wijkcoordinator,beleid,beheer",
        ["GET /api/uitwisseling/momenten"] = "wijkcoordinator,beleid,beheer",
        ["POST /api/uitwisseling/momenten"] = "wijkcoordinator,beleid,beheer",
        // Burgerberaad: registration with a letter's code, the result by pseudonym and its files are public; the rest is beleid's.
        ["GET /burgerberaad/{id:int}"] = Anoniem,
        ["GET /api/burgerberaad/{id:int}"] = Anoniem,
        ["POST /api/burgerberaad/{id:int}/aanmelding"] = Anoniem,
        ["GET /api/burgerberaad/{id:int}/uitslag"] = Anoniem,
        ["GET /api/burgerberaad/{id:int}/categories.csv"] = Anoniem,
        ["GET /api/burgerberaad/{id:int}/respondents.csv"] = Anoniem,
        ["GET /api/burgerberaad/beraden/"] = Beleid,
        ["POST /api/burgerberaad/beraden/"] = Beleid,
        ["GET /api/burgerberaad/beraden/{id:int}"] = Beleid,
        ["PUT /api/burgerberaad/beraden/{id:int}/quota"] = Beleid,
        ["POST /api/burgerberaad/beraden/{id:int}/quota/voorstel"] = Beleid,
        ["POST /api/burgerberaad/beraden/{id:int}/adressen"] = Beleid,
        ["POST /api/burgerberaad/beraden/{id:int}/uitnodigingen"] = Beleid,
        ["POST /api/burgerberaad/beraden/{id:int}/seed"] = Beleid,
        ["POST /api/burgerberaad/beraden/{id:int}/selectie"] = Beleid,
        ["GET /api/burgerberaad/beraden/{id:int}/panel"] = Beleid,
        ["POST /api/burgerberaad/beraden/{id:int}/persoonsgegevens/wissen"] = Beleid,
        // Direct Line: anonymous for the cookie, but every call needs a conversation token or the site's secret.
        ["GET /v3/directline/attachments/{conversationId}/{file}"] = Anoniem,
        ["GET /v3/directline/conversations/{conversationId}"] = Anoniem,
        ["GET /v3/directline/conversations/{conversationId}/activities"] = Anoniem,
        ["GET /v3/directline/conversations/{conversationId}/stream"] = Anoniem,
        ["POST /v3/directline/conversations"] = Anoniem,
        ["POST /v3/directline/conversations/{conversationId}/activities"] = Anoniem,
        ["POST /v3/directline/conversations/{conversationId}/upload"] = Anoniem,
        ["POST /v3/directline/tokens/generate"] = Anoniem,
        ["POST /v3/directline/tokens/refresh"] = Anoniem,
        // Workflow endpoints: the handler checks the caller per endpoint (staff role or API key; anonymous only when
        // beheer allows anonymous endpoints and the endpoint does not ask for authorisation) — WerkstroomEndpointsTests.
        ["* /workflows/{**path}"] = Anoniem,
        ["GET /api/auth/me"] = Staf,
        ["GET /app"] = Staf,
        ["GET /app/{**path:nonfile}"] = Staf,
        ["GET /rapporten/"] = Staf,
        ["GET /rapporten/advies"] = Staf,
        ["GET /rapporten/analyse"] = Staf,
        ["GET /rapporten/selectie"] = Staf,
        ["GET /rapporten/voorstel"] = Staf,
        ["GET /api/dashboard/"] = Staf,
        ["GET /api/buurten/"] = Staf,
        ["GET /api/buurten/{code}"] = Staf,
        // Initiatives and tasks: every staff role may ask; the answer holds only what its relationship allows.
        ["GET /api/initiatieven/"] = Staf,
        ["GET /api/initiatieven/{id:int}"] = Staf,
        ["POST /api/initiatieven/{id:int}/intrekken"] = Staf,
        ["GET /api/taken/"] = Staf,
        ["GET /api/taken/{id:int}"] = Staf,
        ["POST /api/taken/{id:int}/afronden"] = Staf,
        ["GET /api/interventies/"] = Staf,
        ["GET /api/interventies/factoren"] = Staf,
        ["GET /api/interventies/{id:int}"] = Staf,
        ["POST /api/interventies/"] = "afdeling,beleid,beheer",
        ["PUT /api/interventies/{id:int}"] = "afdeling,beleid,beheer",
        ["GET /api/programmas/"] = Staf,
        ["GET /api/programmas/{id:int}"] = Staf,
        ["POST /api/programmas/{id:int}/start"] = Beleid,
        ["GET /api/workflows/activity-types"] = Staf,
        ["GET /api/workflows/domain-events"] = Staf,
        ["GET /api/workflows/triggers"] = Staf,
        ["GET /api/workflows/definitions"] = Staf,
        ["GET /api/workflows/definitions/{definitionId}"] = Staf,
        ["GET /api/workflows/definitions/{definitionId}/versions"] = Staf,
        ["GET /api/workflows/templates"] = Staf,
        ["POST /api/workflows/definitions"] = WorkflowBewerken,
        ["POST /api/workflows/definitions/{definitionId}/retire"] = WorkflowBewerken,
        ["DELETE /api/workflows/definitions/{definitionId}"] = WorkflowBewerken,
        ["GET /api/workflows/instances"] = Staf,
        ["GET /api/workflows/instances/{instanceId}"] = Staf,
        ["POST /api/workflows/definitions/validate"] = Staf,
        ["POST /api/workflows/definitions/import"] = WorkflowBewerken,
        ["PUT /api/workflows/definitions/{definitionId}/draft"] = WorkflowBewerken,
        ["POST /api/workflows/definitions/{definitionId}/publish"] = WorkflowBewerken,
        ["POST /api/workflows/events/{eventName}"] = WorkflowBewerken,
        ["POST /api/workflows/instances"] = WorkflowBewerken,
        ["POST /api/workflows/instances/{instanceId}/cancel"] = WorkflowBewerken,
        ["POST /api/workflows/tasks/{taskId}/complete"] = WorkflowBewerken,
        ["GET /api/regels/"] = Beleid,
        ["GET /api/regels/audit"] = Beleid,
        ["GET /api/regels/{naam}"] = Beleid,
        ["GET /api/regels/{naam}/keuzes"] = Beleid,
        ["GET /api/regels/{naam}/verschil"] = Beleid,
        ["GET /api/regels/{naam}/versies"] = Beleid,
        ["GET /api/regels/{naam}/versies/{nummer:int}"] = Beleid,
        ["PUT /api/regels/{naam}/concept"] = Beleid,
        ["DELETE /api/regels/{naam}/concept"] = Beleid,
        ["POST /api/regels/{naam}/controle"] = Beleid,
        ["POST /api/regels/{naam}/expressie/aanvulling"] = Beleid,
        ["POST /api/regels/{naam}/expressie/controle"] = Beleid,
        ["POST /api/regels/{naam}/publiceren"] = Beleid,
        ["POST /api/regels/{naam}/test"] = Beleid,
        ["POST /api/regels/{naam}/versies/{nummer:int}/terugzetten"] = Beleid,
        ["POST /api/regels/{naam}/watals"] = Beleid,
        ["GET /api/accounts/"] = Beheer,
        ["GET /api/privacy/bewoners"] = Beheer,
        ["GET /api/berichtsjablonen/"] = Beheer,
        ["POST /api/berichtsjablonen/{id:int}/goedkeuren"] = Beheer,
        ["POST /api/berichtsjablonen/{id:int}/afwijzen"] = Beheer,
        ["GET /api/privacy/bewoners/{id:int}/export"] = Beheer,
        ["POST /api/privacy/bewoners/{id:int}/wissen"] = Beheer,
        ["GET /api/privacy/bewoners/{soort}/{id:int}/export"] = Beheer,
        ["POST /api/privacy/bewoners/{soort}/{id:int}/wissen"] = Beheer,
        ["POST /api/accounts/"] = Beheer,
        ["POST /api/accounts/{gebruikersnaam}/deactiveren"] = Beheer,
        ["PUT /api/accounts/{gebruikersnaam}/toegang"] = Beheer,
    };

    private readonly ParticipatieFactory factory;

    public EndpointMatrixTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task EveryEndpoint_HasADecision_AndItsAuthorizationIsExactlyThat()
    {
        var zonderBesluit = new List<string>();
        var afwijkend = new List<string>();
        var autorisatie = factory.Services.GetRequiredService<IAuthorizationService>();
        var beleid = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        foreach (var (sleutel, endpoint) in Endpoints())
        {
            if (!Beslissingen.TryGetValue(sleutel, out var besluit))
            {
                zonderBesluit.Add(sleutel);
                continue;
            }

            var toegelaten = await ToegelatenAsync(endpoint, autorisatie, beleid);
            if (toegelaten != besluit)
            {
                afwijkend.Add($"{sleutel}: decided {besluit}, enforced {toegelaten}");
            }
        }

        Assert.True(zonderBesluit.Count == 0, "Endpoints without an access decision (add them to Beslissingen):\n" + string.Join("\n", zonderBesluit));
        Assert.True(afwijkend.Count == 0, string.Join("\n", afwijkend));
        var weg = Beslissingen.Keys.Except(Endpoints().Select(e => e.Sleutel)).ToList();
        Assert.True(weg.Count == 0, "Decisions for endpoints that no longer exist:\n" + string.Join("\n", weg));
    }

    [Fact]
    public async Task GetEndpoints_AnswerNoLoginAndEachRoleAsDecided()
    {
        var clients = new Dictionary<string, HttpClient> { [Anoniem] = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }) };
        foreach (var rol in Rollen)
        {
            clients[rol] = await factory.CreateStaffClientAsync(rol);
        }

        var fouten = new List<string>();
        foreach (var (sleutel, _) in Endpoints().Where(e => e.Sleutel.StartsWith("GET /", StringComparison.Ordinal) && !e.Sleutel.Contains('{', StringComparison.Ordinal)))
        {
            var pad = sleutel["GET ".Length..];
            var besluit = Beslissingen[sleutel];
            foreach (var (wie, client) in clients)
            {
                var status = (await client.GetAsync(pad)).StatusCode;
                var mag = besluit == Anoniem || besluit.Split(',').Contains(wie);
                var geweigerd = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || (status == HttpStatusCode.Redirect && wie == Anoniem);
                if (mag == geweigerd)
                {
                    fouten.Add($"{sleutel} as {wie}: {(int)status}, decided {besluit}");
                }
            }
        }

        Assert.True(fouten.Count == 0, string.Join("\n", fouten));
    }

    private IEnumerable<(string Sleutel, RouteEndpoint Endpoint)> Endpoints()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => ($"{m} /{e.RoutePattern.RawText?.TrimStart('/')}", e)))
            .DistinctBy(e => e.Item1);
    }

    /// <summary>Who the endpoint's own authorization lets through: asked of the real policies, per role.</summary>
    private static async Task<string> ToegelatenAsync(RouteEndpoint endpoint, IAuthorizationService autorisatie, IAuthorizationPolicyProvider beleid)
    {
        var data = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || data.Count == 0)
        {
            return Anoniem;
        }

        // Policies given inline (RequireAuthorization(p => p.RequireRole(...))) are endpoint metadata of their own;
        // the authorization middleware combines them with the named ones, and so does this check.
        var policy = await AuthorizationPolicy.CombineAsync(beleid, data, endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        var rollen = new List<string>();
        foreach (var rol in Rollen)
        {
            var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, rol), new Claim(ClaimTypes.Role, rol)], "test"));
            if ((await autorisatie.AuthorizeAsync(user, null, policy!)).Succeeded)
            {
                rollen.Add(rol);
            }
        }

        return string.Join(",", rollen);
    }
}
