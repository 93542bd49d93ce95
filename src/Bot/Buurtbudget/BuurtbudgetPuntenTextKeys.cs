namespace Participatie.Bot.Buurtbudget;

/// <summary>The catalogue keys of the points ballot in the chat (in <c>Localization/nl.json</c> and <c>en.json</c>).</summary>
public static class BuurtbudgetPuntenTextKeys
{
    public const string BudgetPointsBallot = nameof(BudgetPointsBallot);
    public const string BudgetPointsLimitPerProject = nameof(BudgetPointsLimitPerProject);
    public const string BudgetPointsAsk = nameof(BudgetPointsAsk);
    public const string BudgetPointsAskRetry = nameof(BudgetPointsAskRetry);
    public const string BudgetPointsNotUnderstood = nameof(BudgetPointsNotUnderstood);
    public const string BudgetPointsSet = nameof(BudgetPointsSet);
    public const string BudgetPointsRemoved = nameof(BudgetPointsRemoved);
    public const string BudgetPointsTotal = nameof(BudgetPointsTotal);
    public const string BudgetPointsUnknownProject = nameof(BudgetPointsUnknownProject);
    public const string BudgetPointsNotWhole = nameof(BudgetPointsNotWhole);
    public const string BudgetPointsOverProjectMax = nameof(BudgetPointsOverProjectMax);
    public const string BudgetPointsOverTotal = nameof(BudgetPointsOverTotal);
    public const string BudgetPointsNone = nameof(BudgetPointsNone);
    public const string BudgetPointsCleared = nameof(BudgetPointsCleared);
    public const string BudgetPointsConfirm = nameof(BudgetPointsConfirm);
}
