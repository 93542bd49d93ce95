namespace Participatie.Bot.Buurtbudget;

/// <summary>The catalogue keys of the buurtbudget dialogs (in <c>Localization/nl.json</c> and <c>en.json</c>).</summary>
public static class BuurtbudgetTextKeys
{
    public const string BudgetNoRoundForProposals = nameof(BudgetNoRoundForProposals);
    public const string BudgetWhichRound = nameof(BudgetWhichRound);
    public const string BudgetWhichRoundRetry = nameof(BudgetWhichRoundRetry);
    public const string BudgetProposalIntro = nameof(BudgetProposalIntro);
    public const string BudgetAskTitle = nameof(BudgetAskTitle);
    public const string BudgetAskTitleRetry = nameof(BudgetAskTitleRetry);
    public const string BudgetAskDescription = nameof(BudgetAskDescription);
    public const string BudgetAskDescriptionRetry = nameof(BudgetAskDescriptionRetry);
    public const string BudgetAskCost = nameof(BudgetAskCost);
    public const string BudgetAskCostRetry = nameof(BudgetAskCostRetry);
    public const string BudgetAskPlace = nameof(BudgetAskPlace);
    public const string BudgetAskPlaceRetry = nameof(BudgetAskPlaceRetry);
    public const string BudgetAskContact = nameof(BudgetAskContact);
    public const string BudgetAskContactRetry = nameof(BudgetAskContactRetry);
    public const string BudgetProposalSummary = nameof(BudgetProposalSummary);
    public const string BudgetProposalCancelled = nameof(BudgetProposalCancelled);
    public const string BudgetProposalEligible = nameof(BudgetProposalEligible);
    public const string BudgetProposalNotEligible = nameof(BudgetProposalNotEligible);
    public const string BudgetProposalRefused = nameof(BudgetProposalRefused);
    public const string BudgetAskCode = nameof(BudgetAskCode);
    public const string BudgetAskCodeRetry = nameof(BudgetAskCodeRetry);
    public const string BudgetCodeUnknown = nameof(BudgetCodeUnknown);
    public const string BudgetBallot = nameof(BudgetBallot);
    public const string BudgetBallotLimitCount = nameof(BudgetBallotLimitCount);
    public const string BudgetBallotLimitAmount = nameof(BudgetBallotLimitAmount);
    public const string BudgetBallotNoLimit = nameof(BudgetBallotNoLimit);
    public const string BudgetBallotRetry = nameof(BudgetBallotRetry);
    public const string BudgetBallotInvalid = nameof(BudgetBallotInvalid);
    public const string BudgetConfirmVote = nameof(BudgetConfirmVote);
    public const string BudgetVoteCancelled = nameof(BudgetVoteCancelled);
    public const string BudgetVoteCounted = nameof(BudgetVoteCounted);
    public const string BudgetVoteReplaced = nameof(BudgetVoteReplaced);
    public const string BudgetVoteClosed = nameof(BudgetVoteClosed);
    public const string BudgetAskBirthYear = nameof(BudgetAskBirthYear);
    public const string BudgetAskBirthYearRetry = nameof(BudgetAskBirthYearRetry);
    public const string BudgetTooYoung = nameof(BudgetTooYoung);
    public const string BudgetCardLabel = nameof(BudgetCardLabel);
    public const string BudgetCardNothingChosen = nameof(BudgetCardNothingChosen);
    public const string BudgetCardSubmit = nameof(BudgetCardSubmit);
    public const string BudgetCardChoice = nameof(BudgetCardChoice);
    public const string BudgetCardExpired = nameof(BudgetCardExpired);
}
