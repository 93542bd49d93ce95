using System.Text.Json;

namespace Participatie.Rules.Differential.Tests.Corpus;

// C# types the upstream tests use as inputs and custom types, rewritten with the same shape so both engines
// get the very same objects. Public: RulesEngine's generated code must be able to read them.

public sealed class RuleTestClass
{
    public string? Country { get; set; }
}

public sealed class EmptyInput
{
}

public sealed class MyObject
{
    public string Name { get; set; } = "x";

    public int Count { get; set; }
}

public sealed class TrueFalseInput
{
    public bool trueValue { get; set; } = true;

    public bool falseValue { get; set; }
}

public sealed class TrueValueInput
{
    public bool TrueValue { get; set; } = true;
}

public sealed class TestInstanceUtils
{
    public bool CheckExists(string str) => !string.IsNullOrEmpty(str);
}

public sealed class DataHolder
{
    public object Data { get; set; } = new TestPropertyHolder();

    public bool Boolean { get; set; }
}

public sealed class TestPropertyHolder
{
    public string TestProperty { get; set; } = string.Empty;
}

public sealed class JsonDataHolder
{
    public JsonElement Data { get; set; }
}

public sealed class Rules11Row
{
    public double Value { get; set; }

    public string ChangeDateTime { get; set; } = string.Empty;
}

public sealed class NestedListItem
{
    public int Id { get; set; }

    public string Value { get; set; } = string.Empty;
}

public sealed class NestedProp
{
    public string SimpleProp { get; set; } = string.Empty;

    public List<NestedListItem> ListProp { get; set; } = [];
}

public sealed class NestedInput
{
    public string SimpleProp { get; set; } = string.Empty;

    public NestedProp NestedProp { get; set; } = new();
}

public sealed class Rules4Country
{
    public string country { get; set; } = string.Empty;

    public int loyaltyFactor { get; set; }

    public int TotalPurchasesToDate { get; set; }
}

public enum RuoloAttore
{
    A,
    B,
    C,
}

public sealed class Attore
{
    public RuoloAttore RuoloAttore { get; set; }
}

public sealed class Transazione
{
    public static string StaticProperty => "Hello";

    public List<Attore> Attori { get; set; } = [];
}

/// <summary>Its getter throws on the first call only (upstream Issue590).</summary>
public sealed class FlakyInput
{
    private int _calls;

    public string SimpleProp => _calls++ == 0 ? throw new InvalidOperationException("first call fails") : "simpleProp";
}

public static class Issue714Counter
{
    public static string FromDb(string input) => input;
}

public sealed class SimpleInput
{
    public int Value { get; set; }
}

public sealed class ReturnTypeForIssue717
{
#pragma warning disable IDE1006 // the upstream test's member name
    public int val { get; set; }
#pragma warning restore IDE1006
}

public static class FunctionsForIssue717
{
    public static ReturnTypeForIssue717 CheckValueTyped(SimpleInput input) => new() { val = input.Value > 5 ? 1 : 0 };

    public static object CheckValueAsObject(SimpleInput input) => CheckValueTyped(input);
}
