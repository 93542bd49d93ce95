using Participatie.Host.Domain;

namespace Participatie.Host.Features.Accounts;

/// <summary>The names of the staff authorization and sign-in rate-limit policies every feature's endpoints ask for.</summary>
public static class StaffPolicies
{
    /// <summary>Any signed-in staff role.</summary>
    public const string Staff = "staff";

    /// <summary>Beheer only (the role name doubles as the policy name).</summary>
    public const string Beheer = StaffRoles.Beheer;

    /// <summary>Beleid, and beheer who may do everything beleid does.</summary>
    public const string Beleid = StaffRoles.Beleid;

    /// <summary>The flood limit on sign-in attempts per client address.</summary>
    public const string LoginRateLimit = "login";
}
