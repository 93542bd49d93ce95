using System.Net;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// A session cookie stops working as soon as the account's security stamp changes: after logout, a new password, other
/// roles or deactivation. Each test checks that the copied cookie worked before, and is refused (401) on the very next
/// request after the change.
/// </summary>
public sealed class SessionRevocationTests(ParticipatieFactory factory) : IClassFixture<ParticipatieFactory>
{
    private const string Password = "zeven-groene-lantaarns";

    [Fact]
    public async Task Logout_OldCookieIsRefused()
    {
        var session = await StaffCookie.SignInAsync(factory, "corporatie");
        var before = await session.GetAsync("/api/auth/me");

        var logout = await session.SendAsync(HttpMethod.Post, "/api/auth/logout");
        var after = await session.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task RoleLowered_OldCookieIsRefused_NewSignInHasTheNewRole()
    {
        var beheer = await StaffCookie.SignInAsync(factory, "beheer");
        await UpsertAsync(beheer, "rolwissel", Password, "beleid");
        var session = await StaffCookie.SignInAsync(factory, "rolwissel", Password);
        var before = await session.GetAsync("/api/regels");

        await UpsertAsync(beheer, "rolwissel", Password, "wijkcoordinator");
        var after = await session.GetAsync("/api/regels");
        var again = await StaffCookie.SignInAsync(factory, "rolwissel", Password);
        var me = await (await again.GetAsync("/api/auth/me")).Content.ReadFromJsonAsync<MeDto>();

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(["wijkcoordinator"], me!.Rollen);
    }

    [Fact]
    public async Task PasswordChanged_OldCookieIsRefused_OtherAccountsKeepTheirSessions()
    {
        var beheer = await StaffCookie.SignInAsync(factory, "beheer");
        await UpsertAsync(beheer, "wachtwoordwissel", Password, "afdeling");
        var session = await StaffCookie.SignInAsync(factory, "wachtwoordwissel", Password);
        var before = await session.GetAsync("/api/auth/me");

        await UpsertAsync(beheer, "wachtwoordwissel", "een-ander-wachtwoord-2026", "afdeling");
        var after = await session.GetAsync("/api/auth/me");
        var beheerAfter = await beheer.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, beheerAfter.StatusCode);
    }

    [Fact]
    public async Task Deactivated_OldCookieIsRefused_AndTheAccountCannotSignIn()
    {
        var beheer = await StaffCookie.SignInAsync(factory, "beheer");
        await UpsertAsync(beheer, "vertrekker", Password, "wijkcoordinator");
        var session = await StaffCookie.SignInAsync(factory, "vertrekker", Password);
        var before = await session.GetAsync("/api/auth/me");

        var deactivate = await beheer.SendAsync(HttpMethod.Post, "/api/accounts/vertrekker/deactiveren");
        var after = await session.GetAsync("/api/auth/me");
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "vertrekker", password = Password });

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deactivate.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    private static async Task UpsertAsync(StaffCookie beheer, string user, string password, string role)
    {
        var response = await beheer.SendAsync(HttpMethod.Post, "/api/accounts",
            JsonContent.Create(new { gebruikersnaam = user, naam = user, wachtwoord = password, rollen = new[] { role } }));
        Assert.True(response.IsSuccessStatusCode, $"account {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private sealed record MeDto(string Gebruikersnaam, List<string> Rollen);
}
