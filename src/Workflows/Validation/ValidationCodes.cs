namespace Participatie.Workflows.Validation;

/// <summary>Stable codes of validation errors.</summary>
public static class ValidationCodes
{
    public const string InvalidJson = "WF001";
    public const string MissingRoot = "WF002";
    public const string UnknownActivityType = "WF003";
    public const string DanglingConnection = "WF004";
    public const string UnreachableActivity = "WF005";
    public const string MissingStart = "WF006";
    public const string BadExpression = "WF007";
    public const string UnknownExpressionType = "WF008";
    public const string DuplicateActivityId = "WF009";
    public const string BadInputValue = "WF010";
    public const string BadTriggerInput = "WF011";
    public const string HttpRouteInUse = "WF012";
}
