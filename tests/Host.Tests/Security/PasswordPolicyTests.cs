using System.Net;
using System.Text.Json.Nodes;
using Participatie.Host.Accounts;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// Passwords after NIST SP 800-63B: at least 12 characters, not only spaces, not common or a variant of a common one,
/// not a repetition or sequence, not the user name — the same rules in the API and in <c>accounts add</c>.
/// </summary>
public sealed class PasswordPolicyTests(ParticipatieFactory factory) : IClassFixture<ParticipatieFactory>
{
    public static TheoryData<string> Weak =>
    [
        "        ",                 // eight spaces (the measured case)
        "            ",             // twelve spaces
        "aaaaaaaa",
        "password",
        "aaaaaaaaaaaa",             // one character repeated
        "abcabcabcabc",             // a short part repeated
        "Xk9#Xk9#Xk9#",             // a longer part repeated
        "123456789012",             // digits in a row
        "abcdefghijkl",             // the alphabet
        "qwertyuiop12",             // a keyboard row and digits
        "1qaz2wsx3edc",             // keyboard columns
        "Password1234",             // a common password and digits
        "Welkom2024!!",             // a common Dutch one, a year and marks
        "P@ssw0rd2024",             // l33t
        "wachtwoordwachtwoord",     // a common word twice
        "welkom-geheim-2025",       // two common words
        "Wijkcoordinator2026",      // the user name
    ];

    public static TheoryData<string> Strong =>
    [
        "participatie-demo",        // the demo password: its logins must keep working
        "zeven-groene-lantaarns",
        "Tq7!vR2#mZ9x",
        "een-lang-wachtwoord",      // the CLI test's password
        "wij fietsen naar de markt",
    ];

    [Theory]
    [MemberData(nameof(Weak))]
    public void Policy_RefusesWeakPasswords(string password) =>
        Assert.NotNull(WachtwoordBeleid.Weigering(password, "wijkcoordinator"));

    [Theory]
    [MemberData(nameof(Strong))]
    public void Policy_AcceptsLongUncommonPasswords(string password) =>
        Assert.Null(WachtwoordBeleid.Weigering(password, "wijkcoordinator"));

    [Fact]
    public void Policy_CountsCharactersAfterNormalisation_NotCodeUnits()
    {
        // "gézöndhéids" typed with combining accents: 14 UTF-16 code units, but 11 characters once normalised (NFKC).
        const string decomposed = "ge\u0301zo\u0308ndhe\u0301ids";
        Assert.Equal(14, decomposed.Length);

        Assert.NotNull(WachtwoordBeleid.Weigering(decomposed, "iemand"));
        Assert.Null(WachtwoordBeleid.Weigering(decomposed + "x", "iemand"));
    }

    [Theory]
    [InlineData("        ")]
    [InlineData("aaaaaaaa")]
    [InlineData("password")]
    [InlineData("Welkom2024!!")]
    [InlineData("Wijkcoordinator2026")]
    public async Task AccountsApi_WeakPassword_Returns400WithReasonAndCreatesNothing(string password)
    {
        var beheer = await factory.CreateStaffClientAsync("beheer");
        var user = "nieuw" + Guid.NewGuid().ToString("N")[..6];

        var response = await beheer.PostAsJsonAsync("/api/accounts", new { gebruikersnaam = user, naam = "Nieuw", wachtwoord = password.Replace("Wijkcoordinator", user, StringComparison.Ordinal), rollen = new[] { "beleid" } });
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var accounts = await beheer.GetFromJsonAsync<List<JsonObject>>("/api/accounts");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("wachtwoord", problem!["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(accounts!, a => a["gebruikersnaam"]!.GetValue<string>() == user);
    }

    [Fact]
    public async Task AccountsApi_StrongPassword_CreatesTheAccount()
    {
        var beheer = await factory.CreateStaffClientAsync("beheer");

        var response = await beheer.PostAsJsonAsync("/api/accounts", new { gebruikersnaam = "sterk", naam = "Sterk", wachtwoord = "zeven-groene-lantaarns", rollen = new[] { "beleid" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("        ")]
    [InlineData("aaaaaaaa")]
    [InlineData("password")]
    [InlineData("wachtwoord123")]
    public async Task AccountsAddCli_WeakPassword_ExitsOneWithReason(string password)
    {
        using var host = new HostProcess();

        var result = await host.RunAsync(password, "accounts", "add", "piet", "--role", "beleid");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("wachtwoord", result.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("account=piet", result.Stdout, StringComparison.Ordinal);
    }
}
