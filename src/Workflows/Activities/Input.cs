using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;

namespace Participatie.Workflows.Activities;

/// <summary>An activity input: an expression evaluated when the activity runs, converted to <typeparamref name="T"/>.</summary>
public sealed class Input<T> : IInput
{
    public Input() : this(new Expression("Literal", null)) { }

    public Input(Expression expression, string? typeName = null)
    {
        Expression = expression;
        TypeName = typeName;
    }

    /// <summary>A literal default.</summary>
    public Input(T value) : this(new Expression("Literal", ValueConverter.ToJson(value))) { }

    public Expression Expression { get; set; }
    public string? TypeName { get; set; }
    public Type ValueType => typeof(T);
}
