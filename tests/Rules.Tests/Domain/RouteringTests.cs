using Participatie.Rules.Data;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Domain;

/// <summary>workflows-json/rules/routering.json: the success events name the receiving roles.</summary>
public sealed class RouteringTests
{
    private static readonly Engine.RuleEngine Engine = DomainRules.Engine("routering.json");

    private static List<string> Receivers(string thema, double bedrag, bool wijkraad, bool corporatie, bool zelf)
    {
        var input = DataValues.FromJson($$"""
            {"Thema":"{{thema}}","GevraagdBedrag":{{bedrag.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"BuurtCode":"BU08280101",
             "HeeftWijkraad":{{(wijkraad ? "true" : "false")}},"CorporatieBetrokken":{{(corporatie ? "true" : "false")}},"WilZelfUitvoeren":{{(zelf ? "true" : "false")}}}
            """);
        return Engine.ExecuteAllRules("routering", new Engine.RuleParameter("initiatief", input))
            .Where(r => r.IsSuccess)
            .Select(r => r.Rule.SuccessEvent!)
            .ToList();
    }

    [Fact]
    public void Routering_LargeGreenProjectWithCouncilAndCorporation_AllInvolvedRoles()
    {
        Assert.Equal(
            ["wijkcoordinator", "wijkraad", "woningcorporatie", "afdeling-openbare-ruimte", "college"],
            Receivers("groen", 25000, wijkraad: true, corporatie: true, zelf: true));
    }

    [Fact]
    public void Routering_CareTheme_SocialDomainOnly()
    {
        Assert.Equal(["wijkcoordinator", "afdeling-sociaal-domein"], Receivers("Zorg", 800, false, false, true));
    }

    [Fact]
    public void Routering_UnknownThemeNotSelfExecuted_BewonerszakenAndUitvoering()
    {
        Assert.Equal(["wijkcoordinator", "afdeling-bewonerszaken", "afdeling-uitvoering"], Receivers("anders", 500, false, false, zelf: false));
    }

    [Fact]
    public void Routering_SportAtFundMaximum_NotCollege()
    {
        var receivers = Receivers("sport", 20000, false, false, true);
        Assert.Contains("afdeling-cultuur-en-sport", receivers);
        Assert.DoesNotContain("college", receivers);
    }
}
