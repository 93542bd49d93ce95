using System.Net;
using System.Text.Json.Nodes;
using Participatie.Host.Features.Accounts;
using Participatie.Host.Security;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// Per-account lockout with back-off, on the host's clock: five wrong passwords lock the account for that client
/// address; during the lock the right password is refused ("tijdelijk geblokkeerd"); other addresses are not affected
/// unless failures come from many addresses. Each test uses its own user name and addresses.
/// </summary>
public sealed class LoginLockoutTests(AddressedFactory factory) : IClassFixture<AddressedFactory>
{
    private const string Right = "participatie-demo";

    [Fact]
    public async Task FiveWrongPasswords_RightPasswordRefusedAsTemporarilyLocked_UntilTheMinuteIsOver()
    {
        const string address = "198.51.100.1";
        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add((await factory.LoginAsync(address, "wijkcoordinator", "fout-" + i)).StatusCode);
        }

        var locked = await factory.LoginAsync(address, "wijkcoordinator", Right);
        var detail = (await locked.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>();
        factory.ManualClock.Advance(TimeSpan.FromSeconds(55));
        var stillLocked = await factory.LoginAsync(address, "wijkcoordinator", Right);
        factory.ManualClock.Advance(TimeSpan.FromSeconds(6));
        var free = await factory.LoginAsync(address, "wijkcoordinator", Right);

        Assert.All(wrong, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("tijdelijk geblokkeerd", detail, StringComparison.Ordinal);
        Assert.Equal("60", locked.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
    }

    [Fact]
    public async Task SecondLock_LastsTwoMinutes()
    {
        const string address = "198.51.100.2";
        await FailAsync(address, "corporatie", 5);
        factory.ManualClock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await FailAsync(address, "corporatie", 5);

        factory.ManualClock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var afterOneMinute = await factory.LoginAsync(address, "corporatie", Right);
        factory.ManualClock.Advance(TimeSpan.FromMinutes(1));
        var afterTwoMinutes = await factory.LoginAsync(address, "corporatie", Right);

        Assert.Equal(HttpStatusCode.TooManyRequests, afterOneMinute.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterTwoMinutes.StatusCode);
    }

    [Fact]
    public async Task LockedFromOneAddress_OwnerSignsInFromAnother_AndThatAddressStillReachesOtherAccounts()
    {
        await FailAsync("198.51.100.3", "afdeling", 5);

        var sameAddress = await factory.LoginAsync("198.51.100.3", "afdeling", Right);
        var otherAddress = await factory.LoginAsync("198.51.100.4", "afdeling", Right);
        var otherAccount = await factory.LoginAsync("198.51.100.3", "beleid", Right);

        Assert.Equal(HttpStatusCode.TooManyRequests, sameAddress.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherAccount.StatusCode);
    }

    [Fact]
    public async Task FailuresFromManyAddresses_LockTheAccountEverywhere()
    {
        for (var i = 0; i < LoginLockout.AddressesForAccountLock; i++)
        {
            await FailAsync($"203.0.113.{10 + i}", "verspreid", LoginLockout.FailuresPerLock);
        }

        var fresh = await factory.LoginAsync("203.0.113.200", "verspreid", "wat-dan-ook");
        var detail = (await fresh.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.TooManyRequests, fresh.StatusCode);
        Assert.Contains("tijdelijk geblokkeerd", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuccessfulSignIn_StartsTheCountOver()
    {
        const string address = "198.51.100.5";
        await FailAsync(address, "beheer", 4);
        var ok = await factory.LoginAsync(address, "beheer", Right);
        await FailAsync(address, "beheer", 4);

        var again = await factory.LoginAsync(address, "beheer", Right);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task UnknownUserName_IsLockedLikeAnExistingOne_SoTheLockDoesNotRevealAccounts()
    {
        const string address = "198.51.100.6";
        await FailAsync(address, "bestaat-niet", 5);

        var sixth = await factory.LoginAsync(address, "bestaat-niet", Right);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
    }

    [Fact]
    public void LockDurations_Double_AndAreCapped()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        var lockout = new LoginLockout(clock);
        var durations = new List<TimeSpan>();
        for (var round = 0; round < 7; round++)
        {
            for (var i = 0; i < LoginLockout.FailuresPerLock; i++)
            {
                lockout.RecordFailure("iemand", "192.0.2.1");
            }

            var locked = lockout.LockedFor("iemand", "192.0.2.1")!.Value;
            durations.Add(locked);
            clock.Advance(locked);
        }

        Assert.Equal([1, 2, 4, 8, 15, 15, 15], durations.Select(d => (int)d.TotalMinutes));
        Assert.Null(lockout.LockedFor("iemand", "192.0.2.1"));
    }

    [Fact]
    public void IPv6Clients_AreKeyedByTheirSlash64()
    {
        Assert.Equal(ClientAddress.Key(System.Net.IPAddress.Parse("2001:db8:1:2::1")), ClientAddress.Key(System.Net.IPAddress.Parse("2001:db8:1:2:ffff::9")));
        Assert.NotEqual(ClientAddress.Key(System.Net.IPAddress.Parse("2001:db8:1:2::1")), ClientAddress.Key(System.Net.IPAddress.Parse("2001:db8:1:3::1")));
        Assert.Equal("192.0.2.7", ClientAddress.Key(System.Net.IPAddress.Parse("::ffff:192.0.2.7")));
    }

    private async Task FailAsync(string address, string user, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var response = await factory.LoginAsync(address, user, "verkeerd-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}
