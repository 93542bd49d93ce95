namespace Participatie.Workflows.Validation;

/// <summary>
/// Every message a validation error can carry, by key: the code itself, or the code plus a variant where one code has
/// several messages. A host that translates messages needs a text for each (the Host's tests check it does).
/// </summary>
public static class ValidationMessageKeys
{
    public const string InvalidJson = ValidationCodes.InvalidJson;                       // detail
    public const string NotAnObject = ValidationCodes.InvalidJson + ".object";
    public const string MissingRoot = ValidationCodes.MissingRoot;
    public const string UnknownActivityType = ValidationCodes.UnknownActivityType;       // type
    public const string UsesItself = ValidationCodes.UnknownActivityType + ".self";      // workflow
    public const string DanglingConnection = ValidationCodes.DanglingConnection;         // source, sourcePort, target, targetPort, missing
    public const string UnreachableActivity = ValidationCodes.UnreachableActivity;       // start
    public const string StartNotInFlowchart = ValidationCodes.MissingStart + ".missing"; // start
    public const string NoStart = ValidationCodes.MissingStart;
    public const string BadExpression = ValidationCodes.BadExpression;                   // language, detail
    public const string BadCron = ValidationCodes.BadExpression + ".cron";              // detail
    public const string UnknownExpressionType = ValidationCodes.UnknownExpressionType;   // type
    public const string DuplicateActivityId = ValidationCodes.DuplicateActivityId;       // id
    public const string BadInputValue = ValidationCodes.BadInputValue;                   // detail
    public const string VersionNotFound = "WF404";                                       // definitionId, version
    public const string BadTriggerInput = ValidationCodes.BadTriggerInput;               // input
    public const string HttpEndpointNotAtStart = ValidationCodes.BadTriggerInput + ".http";
    public const string HttpRouteInUse = ValidationCodes.HttpRouteInUse;                 // path, method
}
