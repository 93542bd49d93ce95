using System.Globalization;
using Participatie.Rules.Compilation;
using Participatie.Rules.Data;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Compiler;

/// <summary>Precedence, numeric promotion, nulls, strings, LINQ, dates and culture.</summary>
public sealed class SemanticsTests
{
    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 2 - 3", 5)]
    [InlineData("2 * 3 % 4", 2)]
    [InlineData("-2 * 3", -6)]
    [InlineData("7 mod 4", 3)]
    [InlineData("5 / 2", 2)]
    public void Arithmetic_Precedence_AsInCSharp(string expression, int expected) => Assert.Equal(expected, Expr.Eval(expression));

    [Theory]
    [InlineData("true || false && false", true)]
    [InlineData("(true || false) && false", false)]
    [InlineData("not true or true", true)]
    [InlineData("!false AND 1 = 1", true)]
    [InlineData("1 + 2 > 2 and 3 <> 4", true)]
    [InlineData("1 < 2 == true", true)]
    [InlineData("1 > 2 ? false : true", true)]
    public void Logic_PrecedenceAndKeywordAliases_AsDynamicLinq(string expression, bool expected) => Assert.Equal(expected, Expr.Eval(expression));

    [Theory]
    [InlineData("1 + 2L", typeof(long))]
    [InlineData("1 + 2.5", typeof(double))]
    [InlineData("b + b", typeof(int))]
    [InlineData("m + 1", typeof(decimal))]
    [InlineData("m > 2.5", typeof(bool))]
    [InlineData("n + 1", typeof(int?))]
    [InlineData("l * 2", typeof(long))]
    public void Promotion_MixedOperands_ResultType(string expression, Type expected)
    {
        var compiled = Expr.Compile(expression, ("b", typeof(byte)), ("m", typeof(decimal)), ("n", typeof(int?)), ("l", typeof(long)));
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        Assert.Equal(expected, compiled.ResultType);
    }

    [Fact]
    public void Promotion_DecimalWithDoubleVariable_Refused()
    {
        var compiled = Expr.Compile("m + d", ("m", typeof(decimal)), ("d", typeof(double)));
        Assert.False(compiled.Success);
        Assert.Contains(compiled.Diagnostics, e => e.Code == "RE0104");
    }

    [Fact]
    public void Promotion_JsonIntegerAndDouble_CompareNumerically()
    {
        var input = DataValues.FromJson("""{"a":3,"b":2.5}""");
        Assert.Equal(true, Expr.Eval("input.a > input.b && input.a == 3.0", ("input", input)));
        Assert.Equal(5.5, Expr.Eval("input.a + input.b", ("input", input)));
    }

    [Fact]
    public void Nulls_NullableAndReferenceComparisons_DoNotThrow()
    {
        Assert.Equal(true, Expr.Eval("s == null", ("s", null)));
        var compiled = Expr.Compile("n > 3 || n == null", ("n", typeof(int?)));
        Assert.Equal(true, compiled.Evaluate(new object?[] { null }));
        Assert.Equal(false, compiled.Evaluate(2));
        Assert.Equal(6, Expr.Compile("(n ?? 5) + 1", ("n", typeof(int?))).Evaluate(new object?[] { null }));
        Assert.Equal(false, Expr.Compile("n.HasValue", ("n", typeof(int?))).Evaluate(new object?[] { null }));
        Assert.Equal(false, Expr.Compile("s != null && s.Length > 2", ("s", typeof(string))).Evaluate(new object?[] { null }));
    }

    [Fact]
    public void Nulls_JsonNullMember_ComparesEqualToNull()
    {
        var input = DataValues.FromJson("""{"naam":null,"x":1}""");
        Assert.Equal(true, Expr.Eval("input.naam == null", ("input", input)));
        Assert.Equal(false, Expr.Eval("input.naam == \"a\"", ("input", input)));
    }

    [Fact]
    public void Nulls_NullConditional_ShortCircuits()
    {
        var compiled = Expr.Compile("s?.Length", ("s", typeof(string)));
        Assert.Null(compiled.Evaluate(new object?[] { null }));
        Assert.Equal(3, compiled.Evaluate("abc"));
    }

    [Theory]
    [InlineData("\"a\" + 1", "a1")]
    [InlineData("\"wijk\" + \" \" + \"noord\"", "wijk noord")]
    [InlineData("'x' + \"y\"", "xy")]
    [InlineData("\"Buurt\".ToUpper()", "BUURT")]
    [InlineData("\"  a  \".Trim()", "a")]
    [InlineData("\"abcdef\".Substring(1, 2)", "bc")]
    [InlineData("String(12)", "12")]
    [InlineData("string.Concat(\"a\", \"b\", \"c\")", "abc")]
    public void Strings_ConcatAndMethods_Work(string expression, string expected) => Assert.Equal(expected, Expr.Eval(expression));

    [Theory]
    [InlineData("\"b\" > \"a\"", true)]
    [InlineData("\"Noord\".Equals(\"noord\", StringComparison.OrdinalIgnoreCase)", true)]
    [InlineData("\"Noord\".StartsWith(\"No\")", true)]
    [InlineData("\"abc\".Contains(\"d\")", false)]
    [InlineData("\"abc\".Length == 3", true)]
    public void Strings_ComparisonsAndPredicates_Work(string expression, bool expected) => Assert.Equal(expected, Expr.Eval(expression));

    [Fact]
    public void Linq_OverTypedList_WhereCountSumMinMaxFirstOrderTake()
    {
        var list = new List<int> { 5, 3, 8, 1 };
        Assert.Equal(2, Expr.Eval("xs.Where(x => x > 3).Count()", ("xs", list)));
        Assert.Equal(17, Expr.Eval("xs.Sum()", ("xs", list)));
        Assert.Equal(1, Expr.Eval("xs.Min()", ("xs", list)));
        Assert.Equal(16, Expr.Eval("xs.Max(x => x * 2)", ("xs", list)));
        Assert.Equal(8, Expr.Eval("xs.OrderByDescending(x => x).First()", ("xs", list)));
        Assert.Equal(true, Expr.Eval("xs.OrderBy(x => x).Take(2).All(x => x < 4)", ("xs", list)));
        Assert.Equal(true, Expr.Eval("xs.Any(x => x == 8) && !xs.Any(x => x > 8)", ("xs", list)));
        Assert.Equal(4.25, Expr.Eval("xs.Average()", ("xs", list)));
        Assert.Equal(true, Expr.Eval("xs.Select(x => x + 1).Contains(9)", ("xs", list)));
    }

    [Fact]
    public void Linq_OverJsonRecords_ImplicitItAndLambdas()
    {
        var list = DataValues.FromJson("""[{"naam":"a","bedrag":100},{"naam":"b","bedrag":250.5},{"naam":"c","bedrag":40}]""");
        Assert.Equal(390.5, Expr.Eval("xs.Sum(x => x.bedrag)", ("xs", list)));
        Assert.Equal("b", Expr.Eval("xs.FirstOrDefault(bedrag > 200).naam", ("xs", list)));
        Assert.Equal(2, Expr.Eval("xs.Count(it.bedrag >= 100)", ("xs", list)));
        Assert.Equal("c", Expr.Eval("xs.OrderBy(x => x.bedrag).First().naam", ("xs", list)));
    }

    [Fact]
    public void Linq_ArrayLiterals_TypedAndInferred()
    {
        Assert.Equal(6, Expr.Eval("new [] {1, 2, 3}.Sum()"));
        Assert.Equal(true, Expr.Eval("new int[] {1, 2, 3}.Contains(2)"));
        Assert.Equal(true, Expr.Eval("new [] {\"a\", \"b\"}.Contains(\"b\")"));
        Assert.Equal(2.5, Expr.Eval("new [] {1, 2.5}.Max()"));
    }

    [Fact]
    public void AnonymousObject_Members_AccessibleByName()
    {
        Assert.Equal(3, Expr.Eval("new (1 as a, 2 as b).a + new (2 as b).b"));
        var output = Assert.IsType<DataObject>(Expr.Eval("new (\"x\" as Naam, 4 as Aantal)"));
        Assert.Equal("x", output["naam"]);
    }

    [Fact]
    public void Dates_FixedClock_NowTodayAndArithmetic()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));
        var compiler = new ExpressionCompiler(new ExpressionCompilerOptions { TimeProvider = clock });
        var start = new DateTime(2026, 12, 1);
        var parameters = new[] { new ExpressionParameter("start", typeof(DateTime)) };
        Assert.Equal(true, compiler.Compile("start > DateTime.Now", parameters).Evaluate(start));
        Assert.Equal(10.0, compiler.Compile("(start - DateTime.Today).TotalDays", parameters).Evaluate(start));
        Assert.Equal(true, compiler.Compile("start.AddDays(-28) < DateTime.Today", parameters).Evaluate(start));
        Assert.Equal(2026, compiler.Compile("start.Year", parameters).Evaluate(start));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    public enum Rol
    {
        A,
        B,
        C,
    }

    [Fact]
    public void Enums_ComparedWithIntAndText()
    {
        var parameters = new[] { ("r", typeof(Rol)) };
        Assert.Equal(true, Expr.Compile("r == 1", parameters).Evaluate(Rol.B));
        Assert.Equal(true, Expr.Compile("r == \"C\"", parameters).Evaluate(Rol.C));
        Assert.Equal(false, Expr.Compile("r > 1", parameters).Evaluate(Rol.A));
        var wrong = Expr.Compile("r == \"Z\"", parameters);
        Assert.False(wrong.Success);
    }

    [Fact]
    public void Culture_DutchCurrentCulture_LiteralsAndParsingInvariant()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("nl-NL");
            Assert.Equal(7.0, Expr.Eval("3.5 * 2"));
            Assert.Equal(0.25, Expr.Eval("double.Parse(\"0.25\")"));
            Assert.Equal(3.5, Expr.Eval("Convert.ToDouble(\"3.5\")"));
            Assert.Equal("3.5", Expr.Eval("(3.5).ToString()"));
            Assert.Equal("2.5", Expr.Eval("String(2.5)"));
            Assert.Equal(true, Expr.Eval("3.5 == 7 / 2.0"));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Runtime_ParseOfBadText_ClearDutchMessage()
    {
        var result = Expr.Try("int.Parse(s) > 2", ("s", "twee"));
        Assert.False(result.Success);
        Assert.Contains("'twee' kan niet omgezet worden naar een geheel getal", result.Diagnostics.Last().Message);
    }

    public sealed record Aanvraag(string Naam, int Bedrag);

    [Fact]
    public void TypedLambda_ForWorkflowEngine_CreatesTypedDelegate()
    {
        var compiled = new ExpressionCompiler().Compile("a.Bedrag > 100 && a.Naam.StartsWith(\"B\")", [new ExpressionParameter("a", typeof(Aanvraag))], typeof(bool));
        Assert.True(compiled.Success);
        var function = compiled.CreateDelegate<Func<Aanvraag, bool>>();
        Assert.True(function(new Aanvraag("Buurtfeest", 300)));
        Assert.False(function(new Aanvraag("Buurtfeest", 30)));
        Assert.Equal(typeof(Func<Aanvraag, bool>), System.Linq.Expressions.Expression.GetFuncType(typeof(Aanvraag), typeof(bool)));
    }

    [Fact]
    public void LateBound_ObjectParameter_ResolvesAtRunTime()
    {
        var compiled = new ExpressionCompiler().Compile("v.Bedrag * 2", [new ExpressionParameter("v", typeof(object))]);
        Assert.True(compiled.Success);
        Assert.Equal(600L, Assert.IsType<long>(compiled.Evaluate(DataValues.FromJson("""{"bedrag":300}"""))));
        Assert.Equal(600L, compiled.Evaluate(new Aanvraag("x", 300)));
    }

    [Fact]
    public void Completion_AfterDot_ListsMembersOfTypedParameter()
    {
        var items = new ExpressionCompiler().GetCompletions("a.Be", 4, [new ExpressionParameter("a", typeof(Aanvraag))]);
        Assert.Contains(items, i => i.Label == "Bedrag" && i.Kind == CompletionKind.Field);
        Assert.DoesNotContain(items, i => i.Label == "Naam");
        var root = new ExpressionCompiler().GetCompletions("", 0, [new ExpressionParameter("a", typeof(Aanvraag))]);
        Assert.Contains(root, i => i.Label == "a" && i.Kind == CompletionKind.Parameter);
        Assert.Contains(root, i => i.Label == "Math");
        Assert.DoesNotContain(root, i => i.Label == "GetType");
    }

    [Fact]
    public void Dictionaries_TypedStringKeyed_ReadAsCaseInsensitiveRecords()
    {
        var scores = new Dictionary<string, int> { ["Noord"] = 7, ["Zuid"] = 4 };
        Assert.Equal(true, Expr.Eval("d.noord > d.ZUID", ("d", scores)));
        var nested = new Dictionary<string, object?> { ["adres"] = new Dictionary<string, string> { ["plaats"] = "Oss" } };
        Assert.Equal("Oss", Expr.Eval("d.Adres.Plaats", ("d", nested)));
    }
}
