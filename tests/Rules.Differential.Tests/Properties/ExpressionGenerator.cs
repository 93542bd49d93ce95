using System.Globalization;

namespace Participatie.Rules.Differential.Tests.Properties;

/// <summary>
/// Generates Dynamic-LINQ expressions over <c>input1</c> (JSON) and <c>typed</c> (<see cref="Person"/>): operators with and
/// without parentheses (precedence), mixed numeric types (promotion), nulls and absent members, text, dates, LINQ with
/// lambdas over lists, ternaries, member access on both kinds of input, and HasValue/Value/GetValueOrDefault on nullables
/// and on JSON values. Mostly well typed, sometimes not, so the
/// engines' errors are compared as well as their values.
/// </summary>
public sealed class ExpressionGenerator(Random random)
{
    private const int MaxDepth = 3;

    private bool Chance(int percent) => random.Next(100) < percent;

    private T Pick<T>(params T[] options) => options[random.Next(options.Length)];

    private static string Paren(string s) => "(" + s + ")";

    /// <summary>A subexpression as an operand: usually parenthesised, sometimes bare so precedence decides.</summary>
    private string Operand(string s) => Chance(70) ? Paren(s) : s;

    public string Bool(int depth = 0)
    {
        if (depth >= MaxDepth || Chance(25))
        {
            return BoolLeaf();
        }
        return random.Next(11) switch
        {
            0 => $"{Operand(Bool(depth + 1))} {Pick("&&", "and", "AND")} {Operand(Bool(depth + 1))}",
            1 => $"{Operand(Bool(depth + 1))} {Pick("||", "or", "OR")} {Operand(Bool(depth + 1))}",
            2 => $"{Pick("!", "not ")}{Paren(Bool(depth + 1))}",
            3 or 4 => NumericComparison(depth + 1),
            5 => $"{Operand(Text(depth + 1))} {Pick("==", "!=", "=", "<>")} {Operand(Text(depth + 1))}",
            6 => $"{Operand(Date(depth + 1))} {Pick("<", ">", "<=", ">=", "==", "!=")} {Operand(Date(depth + 1))}",
            7 => $"{Paren(Bool(depth + 1))} ? {Operand(Bool(depth + 1))} : {Operand(Bool(depth + 1))}",
            8 => ListPredicate(depth + 1),
            9 => TextPredicate(depth + 1),
            _ => $"{Operand(Bool(depth + 1))} {Pick("==", "!=")} {Operand(Bool(depth + 1))}",
        };
    }

    private string BoolLeaf() => random.Next(20) switch
    {
        16 => "input1.optional.HasValue",
        17 => "!input1.address.HasValue",
        18 => "typed.Children.HasValue && typed.Children.Value > 1",
        19 => "input1.Missing.HasValue",
        0 => Pick("true", "false", "True", "FALSE"),
        1 => "input1.active",
        2 => "typed.Active",
        3 => "input1.optional == null",
        4 => "input1.optional != null",
        5 => "input1.name == null",
        6 => "typed.Name != null",
        7 => "typed.Bonus.HasValue",
        8 => "typed.Children == null",
        9 => "typed.Address == null",
        10 => "input1.address != null",
        11 => "typed.Left.HasValue",
        12 => "input1.Missing == null",
        13 => "string.IsNullOrEmpty(typed.Name)",
        14 => "input1.tags.Any()",
        _ => "typed.Numbers.Any()",
    };

    private string NumericComparison(int depth)
    {
        var op = Pick("<", "<=", ">", ">=", "==", "!=", "=", "<>");
        return $"{Operand(Number(depth))} {op} {Operand(Number(depth))}";
    }

    private string ListPredicate(int depth) => random.Next(12) switch
    {
        0 => $"typed.Numbers.Any(n => n > {SmallInt()})",
        1 => $"typed.Numbers.All(n => n {Pick("<", ">=", "!=")} {SmallInt()})",
        2 => $"input1.numbers.Any(n => n {Pick("<", ">", "==")} {SmallInt()})",
        3 => $"input1.numbers.Contains({SmallInt()})",
        4 => $"typed.Tags.Contains({Text(depth)})",
        5 => $"input1.tags.Any(t => t.StartsWith({StringLiteral()}))",
        6 => $"typed.Items.Any(i => i.Price > {Number(depth)})",
        7 => $"input1.items.All(i => i.quantity {Pick("<", ">", ">=")} {SmallInt()})",
        8 => $"typed.Items.Where(i => i.Quantity > {SmallInt()}).Count() {Pick(">", "==", "<")} {SmallInt()}",
        9 => $"input1.items.Any(i => i.code == {StringLiteral()})",
        10 => $"typed.Numbers.Where(n => n % 2 == 0).Any()",
        _ => $"new [] {{ {SmallInt()}, {SmallInt()}, {SmallInt()} }}.Contains({Pick("typed.Age", "input1.age", SmallInt())})",
    };

    private string TextPredicate(int depth) => random.Next(6) switch
    {
        0 => $"{Operand(Text(depth))}.Contains({StringLiteral()})",
        1 => $"{Operand(Text(depth))}.StartsWith({StringLiteral()})",
        2 => $"{Operand(Text(depth))}.EndsWith({StringLiteral()})",
        3 => $"string.IsNullOrEmpty({Text(depth)})",
        4 => $"{Operand(Text(depth))}.Equals({StringLiteral()}, StringComparison.OrdinalIgnoreCase)",
        _ => $"{Operand(Text(depth))}.Length {Pick(">", "==", "<=")} {SmallInt()}",
    };

    private string SmallInt() => random.Next(-3, 20).ToString(CultureInfo.InvariantCulture);

    private string StringLiteral() => "\"" + Pick("a", "B", "al", "ga", "", "Oss", "x", "delta epsilon", "Ω") + "\"";

    public string Number(int depth = 0)
    {
        if (depth >= MaxDepth || Chance(35))
        {
            return NumberLeaf();
        }
        return random.Next(9) switch
        {
            0 or 1 or 2 => $"{Operand(Number(depth + 1))} {Pick("+", "-", "*")} {Operand(Number(depth + 1))}",
            3 => $"{Operand(Number(depth + 1))} {Pick("/", "%", "mod")} {Operand(Number(depth + 1))}",
            4 => $"{Pick("Math.Abs", "Math.Floor", "Math.Ceiling", "Math.Round")}({Number(depth + 1)})",
            5 => $"{Pick("Math.Max", "Math.Min")}({Number(depth + 1)}, {Number(depth + 1)})",
            6 => $"{Paren(Bool(depth + 1))} ? {Operand(Number(depth + 1))} : {Operand(Number(depth + 1))}",
            7 => $"-{Operand(Number(depth + 1))}",
            _ => NumberFromList(depth + 1),
        };
    }

    private string NumberLeaf() => random.Next(26) switch
    {
        22 => "typed.Children.Value",
        23 => "typed.Bonus.GetValueOrDefault()",
        24 => "input1.optional.Value",
        25 => "(input1.optional.HasValue ? input1.optional.Value : 0)",
        0 or 1 => SmallInt(),
        2 => Pick("2.5", "0.1", "100.0", "-1.25", "1e3"),
        3 => Pick("3L", "7L", "2.5m", "10m", "1.5d", "4f"),
        4 => "input1.age",
        5 => "input1.score",
        6 => "typed.Age",
        7 => "typed.Points",
        8 => "typed.Score",
        9 => "typed.Income",
        10 => "(typed.Bonus ?? 0)",
        11 => "(typed.Children ?? -1)",
        12 => "typed.Numbers.Count",
        13 => "input1.tags.Count()",
        14 => "typed.Born.Year",
        15 => "input1.address.number",
        16 => "typed.Address.Number",
        17 => "input1.optional",
        18 => "typed.Bonus",
        19 => "typed.Children",
        20 => "typed.Name.Length",
        _ => "input1.name.Length",
    };

    private string NumberFromList(int depth) => random.Next(10) switch
    {
        0 => "typed.Numbers.Sum()",
        1 => "input1.numbers.Sum()",
        2 => "typed.Items.Sum(i => i.Price * i.Quantity)",
        3 => "input1.items.Sum(i => i.price)",
        4 => $"typed.Numbers.Where(n => n > {SmallInt()}).Count()",
        5 => "input1.numbers.Max()",
        6 => "typed.Numbers.FirstOrDefault()",
        7 => "input1.items.Count(i => i.quantity > 2)",
        8 => "typed.Items.Select(i => i.Quantity).Max()",
        _ => $"input1.numbers.Where(n => n < {Number(depth)}).Count()",
    };

    public string Text(int depth = 0)
    {
        if (depth >= MaxDepth || Chance(40))
        {
            return TextLeaf();
        }
        return random.Next(8) switch
        {
            0 => $"{Operand(Text(depth + 1))} + {Operand(Text(depth + 1))}",
            1 => $"{Operand(Text(depth + 1))} + {Operand(Number(depth + 1))}",
            2 => $"{Operand(Text(depth + 1))}.{Pick("ToUpper()", "ToLower()", "Trim()")}",
            3 => $"{Operand(Text(depth + 1))}.Replace({StringLiteral()}, {StringLiteral()})",
            4 => $"{Operand(Text(depth + 1))}.Substring({Pick("0", "1")})",
            5 => $"{Paren(Bool(depth + 1))} ? {Operand(Text(depth + 1))} : {Operand(Text(depth + 1))}",
            6 => $"string.Concat({Text(depth + 1)}, {Text(depth + 1)})",
            _ => $"{Operand(Text(depth + 1))} ?? {Operand(Text(depth + 1))}",
        };
    }

    private string TextLeaf() => random.Next(12) switch
    {
        0 or 1 => StringLiteral(),
        2 => "input1.name",
        3 => "typed.Name",
        4 => "typed.Address.City",
        5 => "input1.address.city",
        6 => "input1.tags.FirstOrDefault()",
        7 => "typed.Tags.FirstOrDefault()",
        8 => "input1.date",
        9 => "typed.Items.Select(i => i.Code).FirstOrDefault()",
        10 => "input1.items.Select(i => i.code).LastOrDefault()",
        _ => "string.Empty",
    };

    public string Date(int depth = 0)
    {
        if (depth >= MaxDepth || Chance(50))
        {
            return random.Next(8) switch
            {
                7 => "typed.Left.Value",
                0 => "typed.Born",
                1 => "(typed.Left ?? typed.Born)",
                2 => $"DateTime.Parse(\"{Pick("2024-01-01", "2021-06-30", "1999-12-31")}\")",
                3 => "Convert.ToDateTime(input1.date)",
                4 => "typed.Left",
                5 => "DateTime.Parse(input1.date)",
                _ => "typed.Born.Date",
            };
        }
        return random.Next(3) switch
        {
            0 => $"{Operand(Date(depth + 1))}.AddDays({SmallInt()})",
            1 => $"{Operand(Date(depth + 1))}.{Pick("AddMonths", "AddYears")}({SmallInt()})",
            _ => $"{Paren(Bool(depth + 1))} ? {Operand(Date(depth + 1))} : {Operand(Date(depth + 1))}",
        };
    }

    /// <summary>A value of any kind, for an OutputExpression.</summary>
    public string Value() => random.Next(9) switch
    {
        0 or 1 => Number(),
        2 => Bool(),
        3 or 4 => Text(),
        5 => Date(),
        6 => $"({Date()} - {Date()}).TotalDays",
        7 => $"new ({Number()} as A, {Text()} as B)",
        _ => random.Next(4) switch
        {
            0 => "typed.Numbers.OrderByDescending(n => n).Take(2).ToList()",
            1 => "input1.tags.Where(t => t.Length > 1).ToArray()",
            2 => "typed.Items.Select(i => i.Price).ToList()",
            _ => "input1.items.OrderBy(i => i.price).Select(i => i.code).ToList()",
        },
    };
}
