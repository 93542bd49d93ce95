using System.Collections;
using Participatie.Rules.Text;

namespace Participatie.Rules.Diagnostics;

/// <summary>Collects diagnostics; one <c>ReportXxx</c> method per kind of problem, texts in Dutch.</summary>
internal sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string code, TextSpan span, string message) => _items.Add(new Diagnostic(code, DiagnosticSeverity.Error, span, message));

    public void Warning(string code, TextSpan span, string message) => _items.Add(new Diagnostic(code, DiagnosticSeverity.Warning, span, message));

    // Syntax
    public void ReportBadCharacter(TextSpan span, char c) => Error("RE0001", span, $"Het teken '{c}' hoort niet in een expressie.");
    public void ReportUnterminatedString(TextSpan span) => Error("RE0002", span, "De tekst tussen aanhalingstekens wordt niet afgesloten: er ontbreekt een afsluitend aanhalingsteken.");
    public void ReportInvalidNumber(TextSpan span, string text) => Error("RE0003", span, $"'{text}' is geen geldig getal.");
    public void ReportExpected(TextSpan span, string expected, string found) => Error("RE0004", span, $"Hier werd {expected} verwacht, maar er staat {found}.");
    public void ReportUnexpected(TextSpan span, string found) => Error("RE0005", span, $"Onverwacht: {found}. Controleer of de expressie na dit punt klopt.");
    public void ReportTooLong(TextSpan span, int length, int max) => Error("RE0006", span, $"De expressie is te lang ({length} tekens; maximaal {max}). Splits haar op in meerdere regels of parameters.");
    public void ReportTooDeep(TextSpan span, int max) => Error("RE0007", span, $"De expressie is te diep genest (meer dan {max} niveaus haakjes of aanroepen). Vereenvoudig haar.");
    public void ReportCSharpAnonymousObject(TextSpan span) => Error("RE0008", span, "De C#-vorm 'new { X = … }' wordt niet ondersteund. Gebruik de Dynamic LINQ-vorm (System.Linq.Dynamic.Core) 'new (waarde as Alias, …)': elk veld als 'waarde as Alias'.");
    public void ReportObjectCreationNotAllowed(TextSpan span, string typeName) => Error("RE0009", span, $"Objecten maken met 'new {typeName}(…)' is niet toegestaan. Alleen 'new (waarde as naam, …)' en lijsten 'new [] {{ … }}' zijn mogelijk.");
    public void ReportEmptyExpression(TextSpan span) => Error("RE0010", span, "De expressie is leeg.");
    public void ReportTooManyNodes(TextSpan span, int max) => Error("RE0011", span, $"De expressie is te groot (meer dan {max} onderdelen). Splits haar op.");

    // Binding
    public void ReportUnknownName(TextSpan span, string name, IEnumerable<string> known)
    {
        var list = known.Take(12).ToList();
        var hint = list.Count > 0 ? $" Bekende namen: {string.Join(", ", list)}." : string.Empty;
        Error("RE0100", span, $"De naam '{name}' is onbekend.{hint}");
    }

    public void ReportUnknownMember(TextSpan span, string owner, string member, IEnumerable<string> known)
    {
        var list = known.Take(15).ToList();
        var hint = list.Count > 0 ? $" Wel beschikbaar: {string.Join(", ", list)}." : string.Empty;
        Error("RE0101", span, $"'{owner}' heeft geen veld of functie '{member}'.{hint}");
    }

    public void ReportAbsentMemberCall(TextSpan span, string member, string function) =>
        Error("RE0101", span, $"Het veld '{member}' bestaat niet in deze invoer, dus de functie '{function}' kan er niet op. Controleer de naam; of het veld er is, vraagt u met '{member} != null'.");

    public void ReportNotAllowed(TextSpan span, string what, string reason) => Error("RE0102", span, $"'{what}' is niet toegestaan in regels: {reason}");
    public void ReportTypeNotAllowed(TextSpan span, string what) => Error("RE0103", span, $"'{what}' is niet toegestaan in regels: typen, reflectie, bestanden, processen, threads en de omgeving zijn afgeschermd.");
    public void ReportOperatorNotDefined(TextSpan span, string op, string left, string right) => Error("RE0104", span, $"De bewerking '{op}' kan niet tussen {left} en {right}.");
    public void ReportUnaryOperatorNotDefined(TextSpan span, string op, string operand) => Error("RE0104", span, $"De bewerking '{op}' kan niet op {operand}.");
    public void ReportCannotConvert(TextSpan span, string from, string to) => Error("RE0105", span, $"Een waarde van soort {from} kan hier niet gebruikt worden; verwacht werd {to}.");
    public void ReportAmbiguousCall(TextSpan span, string method, IEnumerable<string> signatures) =>
        Error("RE0106", span, $"De functie '{method}' past even goed als ({string.Join(") en (", signatures)}); zeg welk soort getal bedoeld is, bijvoorbeeld 1.0 in plaats van 1 of Convert.ToDouble(…).");

    public void ReportNoOverload(TextSpan span, string method, int count, string argumentTypes) => Error("RE0106", span, $"De functie '{method}' bestaat niet met {count} argument(en) van soort ({argumentTypes}).");
    public void ReportNotBoolean(TextSpan span, string type) => Error("RE0108", span, $"Een regel moet waar of onwaar opleveren, maar deze expressie levert {type} op.");
    public void ReportLambdaParameterReused(TextSpan span, string name) =>
        Error("RE0109", span, $"De naam '{name}' wordt al gebruikt door de 'x => …'-functie eromheen; geef de binnenste een andere naam.");

    public void ReportLambdaNotAllowed(TextSpan span) => Error("RE0109", span, "Een 'x => …'-functie mag alleen als argument van een lijstfunctie zoals Where, Any of Count.");
    public void ReportObjectReturnType(TextSpan span, string method, string member) => Error("RE0110", span, $"'{member}' kan niet gelezen worden: de terugkeerwaarde (return type) van '{method}' is 'object'. Geef de functie een concreet return type.");
    public void ReportNotIndexable(TextSpan span, string type) => Error("RE0111", span, $"Een waarde van soort {type} heeft geen index '[…]'.");
    public void ReportNotEnumerable(TextSpan span, string method, string type) => Error("RE0112", span, $"'{method}' werkt alleen op een lijst, maar dit is {type}.");
    public void ReportDuplicateAlias(TextSpan span, string name) => Error("RE0113", span, $"De naam '{name}' komt twee keer voor in 'new (…)'.");
    public void ReportNeedsAlias(TextSpan span) => Error("RE0114", span, "Geef elk veld in 'new (…)' een naam met 'as', bijvoorbeeld 'new (2 as aantal)'.");
    public void ReportUnknownType(TextSpan span, string name) => Error("RE0115", span, $"Het type '{name}' is onbekend of niet toegestaan.");
    public void ReportNotInvocable(TextSpan span, string what) => Error("RE0116", span, $"'{what}' is geen functie en kan niet aangeroepen worden.");
    public void ReportStaticMisuse(TextSpan span, string what) => Error("RE0117", span, $"'{what}' is een type en geen waarde; gebruik een veld of functie ervan, bijvoorbeeld 'Math.Abs(x)'.");
    public void ReportCannotInferArray(TextSpan span) => Error("RE0118", span, "De elementen van deze lijst hebben geen gemeenschappelijke soort.");

    // Budgets (refused before the rule runs)
    public void ReportLoopsTooDeep(TextSpan span, int depth, int max, string steps) => Error("RE0120", span,
        $"Te veel lussen binnen elkaar: dit is de {depth}e lus binnen een andere (lijstfuncties met een functie erin, of SelectMany na SelectMany); maximaal {max}. "
        + $"Elke lus herhaalt alles erbinnen voor elk element, dus {depth} lussen over lijsten van 10 elementen zijn al {steps} stappen. Vereenvoudig de expressie.");
    public void ReportTooManyLoopSteps(TextSpan span, string steps, string max) => Error("RE0121", span,
        $"Deze lus komt door de vaste aantallen in de expressie (Range, Repeat, lijsten met vaste elementen) op {steps} stappen, meer dan het rekenbudget van {max} lusstappen per evaluatie.");
}
