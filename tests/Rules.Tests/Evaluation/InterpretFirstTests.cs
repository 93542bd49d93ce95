using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Evaluation;

/// <summary>
/// Loop-free expressions run interpreted for the first evaluations (cheap to load) and are then compiled (fast in bulk):
/// the results must not depend on which.
/// </summary>
public sealed class InterpretFirstTests
{
    public sealed class Aanvraag
    {
        public decimal? Bedrag { get; init; }
        public string? Naam { get; init; }
        public DateTime? Start { get; init; }
    }

    [Theory]
    [InlineData("a.Bedrag >= a.Naam.Length")]
    [InlineData("a.Bedrag * 2 > a.Naam.Length")]
    [InlineData("a.Start < DateTime.Parse(a.Naam)")]
    [InlineData("a.Naam.Length > 3")]
    public void LiftedOperatorWithNullLeft_SameInterpretedAndCompiled(string expression)
    {
        // decimal?, DateTime?: compiled code skips the right operand when the left is null (as upstream's does); so must the interpreter
        var input = new RuleParameter("a", new Aanvraag());
        var outcomes = new List<(bool, string)>();
        foreach (var interpreted in new[] { 0, 5 })
        {
            var engine = new RuleEngine(new RuleSettings { InterpretFirstEvaluations = interpreted });
            Assert.True(engine.AddWorkflow(new Model.Workflow { WorkflowName = "w", Rules = [new Model.Rule { RuleName = "r", Expression = expression }] }).Succeeded);
            var result = engine.ExecuteAllRules("w", input)[0];
            outcomes.Add((result.IsSuccess, result.ExceptionMessage));
        }
        Assert.Equal(outcomes[0], outcomes[1]);
    }

    [Fact]
    public void DomainRuleSet_SameResultsBeforeAndAfterCompilation()
    {
        var engine = DomainRules.Engine("buurtselectie.json");
        var buurt = new RuleParameter("buurt", DataValues.FromJson("""
            {"Code":"BU1","Naam":"B","WijkNaam":"W","Inwoners":900,"Huishoudens":450,"AandeelHuurwoningen":40.0,"AandeelCorporatiewoningen":35.5,
             "GemiddeldInkomen":22.5,"AandeelUitkeringen":12.5,"LeefbaarheidScore":4.5,"SesScore":-0.5,"AantalActieveInitiatieven":1,"AantalBuurthuizen":1,"HeeftWijkraad":true}
            """));
        static string Describe(IReadOnlyList<RuleResultTree> results) => string.Join(" | ", results.Select(r =>
            $"{r.Rule.RuleName} {r.IsSuccess} {r.ExceptionMessage} {DataValues.ToJson(r.ActionResult?.Output)} [{string.Join(", ", r.FailureMessages())}]"));
        // the default interprets the first two evaluations and compiles before the third
        var runs = Enumerable.Range(0, 4).Select(_ => Describe(engine.ExecuteAllRules("buurtselectie", buurt))).ToList();
        Assert.All(runs, run => Assert.Equal(runs[0], run));
        Assert.Contains("Er wonen 450 huishoudens", runs[0], StringComparison.Ordinal);
    }
}
