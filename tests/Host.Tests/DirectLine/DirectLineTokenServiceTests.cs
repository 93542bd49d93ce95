using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Participatie.Host.Features.Chat.DirectLine;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.DirectLine;

/// <summary>
/// A token's expiry is judged by the host's clock alone, never the system clock: the host may run on
/// a clock years away from the machine's (tests, or a machine whose clock is off), and must agree with itself.
/// </summary>
public sealed class DirectLineTokenServiceTests
{
    private static readonly TimeSpan Levensduur = TimeSpan.FromMinutes(30);

    public static TheoryData<string> Momenten => new()
    {
        "2001-01-01T00:00:00Z", // long before the machine's clock
        "2026-11-21T09:00:00Z",
        "2041-06-30T23:00:00Z", // long after it
    };

    [Theory]
    [MemberData(nameof(Momenten))]
    public void Token_IsValidUntilItsLifetimeEndsOnTheHostsClock(string moment)
    {
        var clock = new ManualClock(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture));
        var service = Service(clock);
        var token = service.Issue("conv-1", "dl_resident");

        var grant = service.Validate(token);
        Assert.NotNull(grant);
        Assert.Equal("conv-1", grant.ConversationId);
        Assert.Equal("dl_resident", grant.UserId);
        Assert.Equal(clock.GetUtcNow() + Levensduur, grant.ExpiresAt, TimeSpan.FromSeconds(1));

        clock.Advance(Levensduur - TimeSpan.FromSeconds(2));
        Assert.NotNull(service.Validate(token));

        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Null(service.Validate(token));
    }

    [Fact]
    public void Token_IssuedOnAnEarlierClock_IsExpiredOnTheHostsClock()
    {
        var provider = new EphemeralDataProtectionProvider();
        var host = new ManualClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
        var earlier = new FixedClock(host.GetUtcNow() - TimeSpan.FromHours(2));
        var token = Service(earlier, provider).Issue("conv-1", "dl_resident");

        Assert.Null(Service(host, provider).Validate(token));
        Assert.NotNull(Service(earlier, provider).Validate(token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Token_ForgedOrDamaged_IsRefused(string token) =>
        Assert.Null(Service(new ManualClock(DateTimeOffset.UnixEpoch.AddYears(50))).Validate(token));

    [Fact]
    public void Token_ForAnotherPurpose_IsRefused()
    {
        var provider = new EphemeralDataProtectionProvider();
        var elsewhere = provider.CreateProtector("Participatie.Iets.Anders").Protect("""{"C":"conv-1","U":"dl_x","E":4102444800}""");

        Assert.Null(Service(new ManualClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero)), provider).Validate(elsewhere));
    }

    private static DirectLineTokenService Service(TimeProvider clock, IDataProtectionProvider? provider = null) =>
        new(provider ?? new EphemeralDataProtectionProvider(), Microsoft.Extensions.Options.Options.Create(new DirectLineOptions { TokenLifetime = Levensduur }), clock);
}
