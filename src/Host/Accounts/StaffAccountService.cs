using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;

namespace Participatie.Host.Accounts;

/// <summary>Creates staff accounts and checks their passwords.</summary>
public sealed class StaffAccountService(ParticipatieDbContext db, TimeProvider clock)
{
    private static readonly PasswordHasher<StaffAccount> Hasher = new();

    public async Task<StaffAccount?> VerifyAsync(string username, string password, CancellationToken ct)
    {
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Gebruikersnaam == username.Trim().ToLowerInvariant(), ct);
        if (account is null || !account.IsActief)
        {
            // Hash anyway so a wrong user name costs as much time as a wrong password.
            Hasher.HashPassword(new StaffAccount { Gebruikersnaam = "", Naam = "" }, password);
            return null;
        }

        var result = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = Hasher.HashPassword(account, password);
            await db.SaveChangesAsync(ct);
        }

        return account;
    }

    /// <summary>Adds an account, or resets the password and roles of an existing one.</summary>
    public async Task<StaffAccount> UpsertAsync(string username, string naam, string password, IEnumerable<string> roles, CancellationToken ct)
    {
        var rollen = roles.Select(r => r.Trim().ToLowerInvariant()).Distinct().ToList();
        var unknown = rollen.Where(r => !StaffRoles.IsKnown(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new AccountValidationException($"Onbekende rol: {string.Join(", ", unknown)}. Bekend: {string.Join(", ", StaffRoles.All)}.");
        }

        if (WachtwoordBeleid.Weigering(password, username) is { } reden)
        {
            throw new AccountValidationException(reden);
        }

        var key = username.Trim().ToLowerInvariant();
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Gebruikersnaam == key, ct);
        if (account is null)
        {
            account = new StaffAccount { Gebruikersnaam = key, Naam = naam, AangemaaktOp = clock.GetUtcNow().UtcDateTime };
            db.StaffAccounts.Add(account);
        }

        account.Naam = naam;
        account.Rollen = rollen;
        account.IsActief = true;
        account.PasswordHash = Hasher.HashPassword(account, password);
        // A new password or other roles: sessions signed in on the old ones end.
        account.SecurityStamp = NewSecurityStamp();
        await db.SaveChangesAsync(ct);
        return account;
    }

    /// <summary>Deactivates an account and ends its sessions; null when there is no such account.</summary>
    public async Task<StaffAccount?> DeactivateAsync(string username, CancellationToken ct)
    {
        var key = username.Trim().ToLowerInvariant();
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Gebruikersnaam == key, ct);
        if (account is null)
        {
            return null;
        }

        account.IsActief = false;
        account.SecurityStamp = NewSecurityStamp();
        await db.SaveChangesAsync(ct);
        return account;
    }

    /// <summary>Ends every session of the account (logout): cookies issued before now stop working.</summary>
    public async Task EndSessionsAsync(int accountId, CancellationToken ct)
    {
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is not null)
        {
            account.SecurityStamp = NewSecurityStamp();
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Whether a session cookie issued with <paramref name="securityStamp"/> still stands for an active account.</summary>
    public Task<bool> IsSessionValidAsync(int accountId, string securityStamp, CancellationToken ct) =>
        db.StaffAccounts.AsNoTracking().AnyAsync(a => a.Id == accountId && a.IsActief && a.SecurityStamp == securityStamp, ct);

    private static string NewSecurityStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
