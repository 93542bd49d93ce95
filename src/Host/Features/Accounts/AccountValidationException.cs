
namespace Participatie.Host.Features.Accounts;

/// <summary>An account request that cannot be honoured (unknown role, weak password), in words for the user.</summary>
public sealed class AccountValidationException(string message) : Exception(message);
