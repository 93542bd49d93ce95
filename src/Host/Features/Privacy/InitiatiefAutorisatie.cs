using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Participatie.Host.Features.Privacy;

/// <summary>A question to the access rules: may this staff member do this with this initiative?</summary>
public sealed record InitiatiefToegangsvraag(StaffGebruiker Gebruiker, InitiatiefRelatie Relatie);

/// <summary>The resource handler behind <c>IAuthorizationService.AuthorizeAsync(user, vraag, InitiatiefToegang.Lezen)</c>.</summary>
public sealed class InitiatiefAutorisatie : AuthorizationHandler<OperationAuthorizationRequirement, InitiatiefToegangsvraag>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, InitiatiefToegangsvraag resource)
    {
        var toegestaan = requirement.Name switch
        {
            nameof(InitiatiefToegang.Lezen) => InitiatiefToegang.MagLezen(resource.Gebruiker, resource.Relatie),
            nameof(InitiatiefToegang.ContactLezen) => InitiatiefToegang.MagContactZien(resource.Gebruiker, resource.Relatie),
            nameof(InitiatiefToegang.Intrekken) => InitiatiefToegang.MagIntrekken(resource.Gebruiker, resource.Relatie),
            _ => false,
        };
        if (toegestaan)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
